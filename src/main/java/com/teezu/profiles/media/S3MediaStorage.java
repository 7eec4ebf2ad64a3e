package com.teezu.profiles.media;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …) through the AWS SDK: PUT, HEAD and GET of single
 * objects is all the service needs. The bucket stays private; files reach users only through
 * {@link MediaController} after our own signature check.
 * <p>
 * Credentials are the configured key pair (with a session token: temporary STS credentials) or, when
 * no keys are configured, the SDK's default chain (environment, profile, web identity, container or
 * instance role). Each attempt gets {@code teezu.s3.timeout}; idempotent requests are retried on a
 * network error, 5xx or 429 by the SDK's standard strategy (three attempts, backing off with jitter).
 * Every SDK failure leaves here as an {@link IOException}, whose message names the HTTP status and S3
 * error code but never a credential.
 */
final class S3MediaStorage implements MediaStorage, AutoCloseable {

    private static final int ATTEMPTS = 3;

    private final S3Client client;
    private final AwsCredentialsProvider credentials;
    private final String bucket;
    private final String region;
    private final String host;

    S3MediaStorage(MediaSettings.S3 s3) {
        if (blank(s3.bucket())) throw new IllegalStateException("TEEZU_S3_BUCKET is required with TEEZU_S3_ENDPOINT");
        boolean keys = !blank(s3.accessKey());
        if (keys == blank(s3.secretKey())) {
            throw new IllegalStateException("TEEZU_S3_ACCESS_KEY and TEEZU_S3_SECRET_KEY go together (or leave both empty "
                    + "for the AWS default credentials: environment, profile, web identity, container or instance role)");
        }
        if (!keys && !blank(s3.sessionToken())) {
            throw new IllegalStateException("TEEZU_S3_SESSION_TOKEN needs TEEZU_S3_ACCESS_KEY and TEEZU_S3_SECRET_KEY");
        }
        URI endpoint = URI.create(s3.endpoint().endsWith("/") ? s3.endpoint().substring(0, s3.endpoint().length() - 1) : s3.endpoint());
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new IllegalStateException("TEEZU_S3_ENDPOINT must be an http(s) URL");
        }
        this.bucket = s3.bucket();
        this.region = s3.region();
        this.host = s3.pathStyle() ? endpoint.getHost() : bucket + "." + endpoint.getHost();
        this.credentials = !keys ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(blank(s3.sessionToken())
                ? AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())
                : AwsSessionCredentials.create(s3.accessKey(), s3.secretKey(), s3.sessionToken()));
        Duration timeout = s3.timeout();
        this.client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(credentials)
                // checksums only where S3 demands them: the newer default (CRC32 trailers in aws-chunked
                // bodies) is refused by several S3-compatible stores
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout))
                .overrideConfiguration(o -> o
                        .apiCallAttemptTimeout(timeout)
                        .apiCallTimeout(timeout.multipliedBy(ATTEMPTS))
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS).build()))
                .build();
    }

    /** Checks the credentials against the bucket, creating the bucket when it does not exist yet. */
    void ensureBucket() throws IOException {
        try {
            client.headBucket(b -> b.bucket(bucket));
            return;
        } catch (AwsServiceException e) {
            if (e.statusCode() != 404) throw failure("HEAD bucket", e);
        } catch (SdkException e) {
            throw failure("HEAD bucket", e);
        }
        var create = CreateBucketRequest.builder().bucket(bucket);
        if (!"us-east-1".equals(region)) create.createBucketConfiguration(c -> c.locationConstraint(region));
        try {
            client.createBucket(create.build());
        } catch (AwsServiceException e) {
            if (!"BucketAlreadyOwnedByYou".equals(errorCode(e))) throw failure("create bucket", e);
        } catch (SdkException e) {
            throw failure("create bucket", e);
        }
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        checkKey(key);
        try {
            client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(MediaStorage.contentType(key)).build(),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw failure("PUT " + key, e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        checkKey(key);
        try {
            client.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) return false;
            throw failure("HEAD " + key, e);
        } catch (SdkException e) {
            throw failure("HEAD " + key, e);
        }
    }

    @Override
    public Optional<Media> open(String key) throws IOException {
        checkKey(key);
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = client.getObject(b -> b.bucket(bucket).key(key));
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) return Optional.empty();
            throw failure("GET " + key, e);
        } catch (SdkException e) {
            throw failure("GET " + key, e);
        }
        Long size = in.response().contentLength();
        if (size == null || size < 0) {
            in.abort();
            in.close();
            throw new IOException("S3 GET " + key + ": no Content-Length");
        }
        return Optional.of(new Media(in, size));
    }

    @Override
    public void check() throws IOException {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            throw failure("HEAD bucket", e);
        }
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket + " at " + host;
    }

    @Override
    public void close() {
        client.close();
        if (credentials instanceof SdkAutoCloseable closeable) closeable.close(); // the SDK leaves a provider we made to us
    }

    private static void checkKey(String key) {
        if (!MediaStorage.validKey(key)) throw new IllegalArgumentException("bad media key");
    }

    /**
     * What the rest of the app expects from a store that failed: an IOException. S3's answers become
     * "HTTP status + error code" only (the caller logs the message, the start shows it); the SDK's own
     * exception, with its request id, rides along as suppressed for whoever reads the stack trace.
     * Network failures and timeouts keep the SDK exception as cause.
     */
    private static IOException failure(String what, SdkException e) {
        if (e instanceof AwsServiceException s) {
            String code = errorCode(s);
            var io = new IOException("S3 " + what + ": HTTP " + s.statusCode() + (blank(code) ? "" : " " + code));
            io.addSuppressed(e);
            return io;
        }
        return new IOException("S3 " + what + ": " + e.getMessage(), e);
    }

    private static String errorCode(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
