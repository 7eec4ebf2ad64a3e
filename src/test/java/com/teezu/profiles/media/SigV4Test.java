package com.teezu.profiles.media;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of AWS's "Signature Calculations for the Authorization Header" page for S3. */
class SigV4Test {

    final SigV4 signer = new SigV4("us-east-1", "s3", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    final String amzDate = SigV4.amzDate(Instant.parse("2013-05-24T00:00:00Z"));

    @Test
    void getObjectWithARange() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Range", "bytes=0-9");
        headers.put("x-amz-content-sha256", SigV4.EMPTY_PAYLOAD);
        headers.put("x-amz-date", amzDate);
        String auth = signer.authorization("GET", URI.create("https://examplebucket.s3.amazonaws.com/test.txt"), headers, SigV4.EMPTY_PAYLOAD);
        assertThat(auth).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void putObjectWithAnEncodedKey() {
        byte[] body = "Welcome to Amazon S3.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = SigV4.hex(SigV4.sha256(body));
        assertThat(hash).isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("x-amz-content-sha256", hash);
        headers.put("x-amz-date", amzDate);
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");
        String path = "/" + SigV4.encodeSegment("test$file.text");
        assertThat(path).isEqualTo("/test%24file.text");
        String auth = signer.authorization("PUT", URI.create("https://examplebucket.s3.amazonaws.com" + path), headers, hash);
        assertThat(auth).endsWith("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, "
                + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }

    @Test
    void listObjectsSortsTheQuery() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("x-amz-content-sha256", SigV4.EMPTY_PAYLOAD);
        headers.put("x-amz-date", amzDate);
        String auth = signer.authorization("GET", URI.create("https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2"), headers,
                SigV4.EMPTY_PAYLOAD);
        assertThat(auth).endsWith("Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }
}
