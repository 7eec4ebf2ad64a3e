package com.teezu.profiles.media;


import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …) spoken to directly over HTTP with Signature V4:
 * PUT, HEAD and GET of single objects is all the service needs, so it carries no SDK. The bucket stays
 * private; files reach users only through {@link MediaController} after our own signature check.
 * Idempotent requests are retried on a network error, 5xx or 429 (three tries, backing off).
 */
final class S3MediaStorage implements MediaStorage {

    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");
    private static final int TRIES = 3;

    private final HttpClient http;
    private final SigV4 signer;
    private final URI base;
    private final String bucket;
    private final String region;
    private final boolean pathStyle;
    private final Clock wallClock; // request signing needs the real time, never a business or test clock
    private final Duration timeout;

    S3MediaStorage(MediaSettings.S3 s3) {
        if (s3.bucket() == null || s3.bucket().isBlank()) throw new IllegalStateException("TEEZU_S3_BUCKET is required with TEEZU_S3_ENDPOINT");
        if (blank(s3.accessKey()) || blank(s3.secretKey())) {
            throw new IllegalStateException("TEEZU_S3_ACCESS_KEY and TEEZU_S3_SECRET_KEY are required with TEEZU_S3_ENDPOINT");
        }
        URI endpoint = URI.create(s3.endpoint().endsWith("/") ? s3.endpoint().substring(0, s3.endpoint().length() - 1) : s3.endpoint());
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalStateException("TEEZU_S3_ENDPOINT must be an http(s) URL");
        }
        this.bucket = s3.bucket();
        this.region = s3.region();
        this.pathStyle = s3.pathStyle();
        this.base = pathStyle ? endpoint
                : URI.create(endpoint.getScheme() + "://" + bucket + "." + endpoint.getRawAuthority() + nullToEmpty(endpoint.getRawPath()));
        this.signer = new SigV4(s3.region(), "s3", s3.accessKey(), s3.secretKey());
        this.timeout = s3.timeout();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(s3.timeout()).build();
        this.wallClock = Clock.systemUTC();
    }

    /** Checks the credentials against the bucket, creating the bucket when it does not exist yet. */
    void ensureBucket() throws IOException {
        var head = send("HEAD", bucketUri(), null, Map.of(), HttpResponse.BodyHandlers.discarding());
        if (head.statusCode() == 200) return;
        if (head.statusCode() != 404) throw failure("HEAD bucket", head.statusCode(), null);
        byte[] configuration = "us-east-1".equals(region) ? new byte[0]
                : ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><LocationConstraint>" + region
                + "</LocationConstraint></CreateBucketConfiguration>").getBytes(StandardCharsets.UTF_8);
        var created = send("PUT", bucketUri(), configuration, Map.of(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 200 && !created.body().contains("BucketAlreadyOwnedByYou")) {
            throw failure("create bucket", created.statusCode(), created.body());
        }
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        var r = send("PUT", objectUri(key), bytes, Map.of("content-type", MediaStorage.contentType(key)), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw failure("PUT " + key, r.statusCode(), r.body());
    }

    @Override
    public boolean exists(String key) throws IOException {
        var r = send("HEAD", objectUri(key), null, Map.of(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) return true;
        if (r.statusCode() == 404) return false;
        throw failure("HEAD " + key, r.statusCode(), null);
    }

    @Override
    public Optional<Media> open(String key) throws IOException {
        var r = send("GET", objectUri(key), null, Map.of(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() == 200) {
            long size = r.headers().firstValueAsLong("content-length").orElse(-1);
            if (size < 0) {
                r.body().close();
                throw new IOException("S3 GET " + key + ": no Content-Length");
            }
            return Optional.of(new Media(r.body(), size));
        }
        String body;
        try (InputStream in = r.body()) {
            body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
        if (r.statusCode() == 404) return Optional.empty();
        throw failure("GET " + key, r.statusCode(), body);
    }

    @Override
    public void check() throws IOException {
        var r = send("HEAD", bucketUri(), null, Map.of(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) throw failure("HEAD bucket", r.statusCode(), null);
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket + " at " + base.getHost();
    }

    private URI bucketUri() {
        return URI.create(base + (pathStyle ? "/" + SigV4.encodeSegment(bucket) : "/"));
    }

    private URI objectUri(String key) {
        if (!MediaStorage.validKey(key)) throw new IllegalArgumentException("bad media key");
        StringBuilder path = new StringBuilder(pathStyle ? "/" + SigV4.encodeSegment(bucket) : "");
        for (String segment : key.split("/")) path.append('/').append(SigV4.encodeSegment(segment));
        return URI.create(base + path.toString());
    }

    private <T> HttpResponse<T> send(String method, URI uri, byte[] body, Map<String, String> extra,
                                     HttpResponse.BodyHandler<T> handler) throws IOException {
        String payloadHash = body == null || body.length == 0 ? SigV4.EMPTY_PAYLOAD : SigV4.hex(SigV4.sha256(body));
        IOException last = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Map<String, String> headers = new LinkedHashMap<>(extra);
            headers.put("host", uri.getRawAuthority());
            headers.put("x-amz-content-sha256", payloadHash);
            headers.put("x-amz-date", SigV4.amzDate(wallClock.instant()));
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, value) -> {
                if (!name.equals("host")) b.header(name, value);
            });
            b.header("authorization", signer.authorization(method, uri, headers, payloadHash));
            try {
                HttpResponse<T> r = http.send(b.build(), handler);
                if ((r.statusCode() < 500 && r.statusCode() != 429) || attempt == TRIES) return r;
                if (r.body() instanceof InputStream in) in.close();
                last = failure(method + " " + uri.getRawPath(), r.statusCode(), null);
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            try {
                Thread.sleep(100L << (2 * (attempt - 1))); // 100 ms, 400 ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw last;
    }

    private IOException failure(String what, int status, String body) {
        String code = null;
        if (body != null) {
            Matcher m = ERROR_CODE.matcher(body);
            if (m.find()) code = m.group(1);
        }
        return new IOException("S3 " + what + ": HTTP " + status + (code == null ? "" : " " + code));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
