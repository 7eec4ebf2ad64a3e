package com.teezu.profiles.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A real S3-compatible server for tests: S3Proxy (its jar-with-dependencies, copied by the build) in
 * its own JVM on a free port of 127.0.0.1, with a filesystem backend in {@code dir} and SigV4
 * authentication switched on. Closing it stops the process.
 * <p>
 * By default S3Proxy answers 501 NotImplemented to any {@code x-amz-*} header it does not know, and
 * {@code x-amz-security-token} (temporary credentials) is one of them: {@link #ignoringUnknownHeaders}
 * starts one that lets such headers through. It still checks the signature over every signed header,
 * the token included; it has no STS, so it never checks the token's value itself.
 */
public final class S3Proxy implements AutoCloseable {

    public static final String ACCESS_KEY = "teezu-test";
    private static final Pattern STARTED = Pattern.compile("Started ServerConnector.*\\{127\\.0\\.0\\.1:(\\d+)}");

    public final String secretKey = "secret-" + UUID.randomUUID();
    private final Path dir;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private volatile int port;

    public S3Proxy(Path dir) throws IOException {
        this(dir, false);
    }

    /** An S3Proxy that lets unknown {@code x-amz-*} headers (such as a session token) through instead of refusing the request. */
    public static S3Proxy ignoringUnknownHeaders(Path dir) throws IOException {
        return new S3Proxy(dir, true);
    }

    private S3Proxy(Path dir, boolean ignoreUnknownHeaders) throws IOException {
        this.dir = dir;
        Path data = Files.createDirectories(dir.resolve("objects"));
        Path config = dir.resolve("s3proxy.conf");
        Files.writeString(config, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:0",
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + secretKey,
                "s3proxy.ignore-unknown-headers=" + ignoreUnknownHeaders,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data, ""));
        String jar = System.getProperty("teezu.test.s3proxy-jar", "target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(Path.of(jar))) throw new IllegalStateException("S3Proxy jar missing (the Maven build copies it): " + jar);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--properties", config.toString())
                .redirectErrorStream(true);
        process = pb.start();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) port = Integer.parseInt(m.group(1));
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> port > 0 || !process.isAlive());
        if (port == 0) throw new IllegalStateException("S3Proxy did not start:\n" + String.join("\n", output));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the bucket's objects lie on disk (the filesystem backend keeps one file per key). */
    public Path bucketFolder(String bucket) {
        return dir.resolve("objects").resolve(bucket);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
