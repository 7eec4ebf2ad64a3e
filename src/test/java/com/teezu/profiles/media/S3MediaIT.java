package com.teezu.profiles.media;

import com.teezu.profiles.TeezuProfilesApplication;
import com.teezu.profiles.media.MediaSettings;
import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import com.teezu.profiles.support.S3Proxy;
import com.teezu.profiles.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Media in an S3-compatible bucket: a real S3 server (S3Proxy, SigV4 checked) and an app node started
 * with {@code teezu.s3.*}, sharing the test database. Files land in the bucket and nowhere else, are
 * served only behind our signed URLs, the bucket itself answers nobody without credentials, and a store
 * that goes away turns uploads into a 503 that saved nothing. Where a test must see what the SDK put on
 * the wire (a session token, a location constraint), a recording {@link TcpProxy} sits between the app
 * and S3Proxy.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3MediaIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    Fixtures fixtures;

    Path work;
    S3Proxy s3;
    S3Proxy lenient; // lets the session token's header through (see S3Proxy)
    String jdbcUrl;
    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startS3() throws Exception {
        work = Files.createDirectories(Path.of("target/test-data/s3-" + UUID.randomUUID()));
        s3 = new S3Proxy(work.resolve("proxy"));
        lenient = S3Proxy.ignoringUnknownHeaders(work.resolve("lenient"));
        try (var c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
        }
    }

    @AfterAll
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (s3 != null) s3.close();
        if (lenient != null) lenient.close();
    }

    ConfigurableApplicationContext node(S3Proxy store, String bucket, String secret) throws IOException {
        return node(store.endpoint(), bucket, "--teezu.s3.access-key=" + S3Proxy.ACCESS_KEY, "--teezu.s3.secret-key=" + secret);
    }

    /** A node on the S3 store at {@code endpoint}, its credentials given by {@code credentials} ({@code --teezu.s3.*}). */
    ConfigurableApplicationContext node(String endpoint, String bucket, String... credentials) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--teezu.realtime-port=0", "--teezu.demo-data=false", "--teezu.media-secret=s3-test-secret",
                "--teezu.data-dir=" + Files.createDirectories(work.resolve("node-" + UUID.randomUUID())),
                "--teezu.s3.endpoint=" + endpoint, "--teezu.s3.bucket=" + bucket));
        args.addAll(List.of(credentials));
        args.addAll(List.of("--teezu.s3.timeout=3s", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        var node = new SpringApplicationBuilder(TeezuProfilesApplication.class).run(args.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    /** A relay in front of {@code store} that keeps what the app sends it. */
    static TcpProxy recordingRelay(S3Proxy store) throws IOException {
        return TcpProxy.recording(URI.create(store.endpoint()).getPort());
    }

    // not anchored to a line start: on a kept-alive connection a request follows the previous body directly
    private static final Pattern REQUEST = Pattern.compile("(GET|PUT|HEAD|POST|DELETE) (/\\S*) HTTP/1\\.1\r\n((?:[^\r\n]+\r\n)*)\r\n");
    private static final Pattern SIGNED_HEADERS = Pattern.compile("SignedHeaders=([^,\\s]+)");

    /** An HTTP request as the relay saw it: method, target and headers (names in lower case). */
    record SeenRequest(String method, String target, Map<String, String> headers) {
    }

    /** The HTTP requests in what a relay recorded, bodies skipped. */
    static List<SeenRequest> requests(String wire) {
        List<SeenRequest> requests = new ArrayList<>();
        Matcher m = REQUEST.matcher(wire);
        while (m.find()) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : m.group(3).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            requests.add(new SeenRequest(m.group(1), m.group(2), headers));
        }
        assertThat(requests).as("every request line parsed").hasSize(wire.split(" HTTP/1\\.1\r\n", -1).length - 1);
        return requests;
    }

    /** Every request carried {@code token} as its security token and signed it (listed in SignedHeaders), for {@code accessKey}. */
    static void assertSignedWithSessionToken(List<SeenRequest> requests, String accessKey, String token) {
        assertThat(requests).isNotEmpty().allSatisfy(r -> {
            String what = r.method() + " " + r.target();
            assertThat(r.headers()).as(what).containsEntry("x-amz-security-token", token);
            String authorization = r.headers().get("authorization");
            assertThat(authorization).as(what).startsWith("AWS4-HMAC-SHA256 Credential=" + accessKey + "/");
            Matcher signed = SIGNED_HEADERS.matcher(authorization);
            assertThat(signed.find()).as(what).isTrue();
            assertThat(signed.group(1).split(";")).as(what).contains("x-amz-security-token", "host", "x-amz-date");
        });
    }

    /** Sends a recorded request (without body) to {@code store} again, its security token replaced; the HTTP status. */
    static int replay(S3Proxy store, SeenRequest request, String token) throws IOException {
        StringBuilder raw = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n");
        request.headers().forEach((name, value) -> {
            if (name.equals("connection")) return;
            raw.append(name).append(": ").append(name.equals("x-amz-security-token") ? token : value).append("\r\n");
        });
        raw.append("connection: close\r\n\r\n");
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(store.endpoint()).getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(raw.toString().getBytes(StandardCharsets.ISO_8859_1));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    /** Uploads a public picture through the node and reads its thumbnail back through the node: both must work. */
    void uploadsAndServes(ConfigurableApplicationContext node, S3Proxy store, String bucket) throws Exception {
        var api = api(node);
        var creator = fixtures.aCreator();
        var posted = api.multipart("POST", "/api/content", creator.token(), MediaIT.png(40, 30), "a.png", Map.of("visibility", "public"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String thumb = api.get("/api/users/" + creator.id() + "/profile").json().at("/contentGrid/0/thumbnailUrl").stringValue();
        Path stored;
        try (var files = Files.walk(store.bucketFolder(bucket).resolve("content"))) {
            stored = files.filter(p -> p.getFileName().toString().equals("thumb.jpg")).findFirst().orElseThrow();
        }
        assertThat(api.bytes(thumb)).isEqualTo(Files.readAllBytes(stored));
    }

    static Api api(ConfigurableApplicationContext node) {
        return Api.at("http://127.0.0.1:" + node.getBean(Environment.class).getProperty("local.server.port"));
    }

    static Path localMedia(ConfigurableApplicationContext node) {
        return Path.of(node.getBean(MediaSettings.class).dataDir().toString()).resolve("media");
    }

    static long filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) return 0;
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void uploadsLandInTheBucketAndAreServedOnlyBehindSignedUrls() throws Exception {
        var node = node(s3, "teezu-media", s3.secretKey);
        var api = api(node);
        var creator = fixtures.aCreator();
        var fan = fixtures.aMember();
        fixtures.giveTokens(fan.id(), 100);

        var posted = api.multipart("POST", "/api/content", creator.token(), MediaIT.png(64, 48), "a.png",
                Map.of("visibility", "locked", "priceTokens", "30"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        var avatar = api.multipart("PUT", "/api/users/me/avatar", creator.token(), MediaIT.png(80, 80), "me.png", Map.of());
        assertThat(avatar.status()).as(avatar.body()).isEqualTo(200);

        // in the bucket (original, thumbnail, blurred preview, avatar) and not in the node's folder
        Path bucket = s3.bucketFolder("teezu-media");
        assertThat(filesUnder(bucket.resolve("content"))).isEqualTo(3);
        assertThat(filesUnder(bucket.resolve("avatars"))).isEqualTo(1);
        assertThat(filesUnder(localMedia(node))).isZero();

        // a fan sees the blurred preview, fetched through the node from the bucket, but no original
        var tile = api.get("/api/users/" + creator.id() + "/profile", fan.token()).json().at("/contentGrid/0");
        assertThat(tile.get("locked").booleanValue()).isTrue();
        assertThat(tile.has("mediaUrl")).isFalse();
        byte[] preview = api.bytes(tile.get("thumbnailUrl").stringValue());
        assertThat(preview).isNotNull();
        try (var files = Files.walk(bucket.resolve("content"))) {
            Path blur = files.filter(p -> p.getFileName().toString().equals("blur.jpg")).findFirst().orElseThrow();
            assertThat(preview).isEqualTo(Files.readAllBytes(blur));
        }
        String itemId = posted.json().get("id").stringValue();
        String folder;
        try (var files = Files.list(bucket.resolve("content"))) {
            folder = files.findFirst().orElseThrow().getFileName().toString();
        }
        String originalName;
        try (var files = Files.list(bucket.resolve("content").resolve(folder))) {
            originalName = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("original.")).findFirst().orElseThrow();
        }
        String guessed = "/media/content/" + folder + "/" + originalName;
        assertThat(api.get(guessed).status()).isEqualTo(403);
        assertThat(api.get(guessed + "?exp=9999999999&sig=AAAA").status()).isEqualTo(403);
        var thumb = tile.get("thumbnailUrl").stringValue();
        assertThat(api.get(thumb.replace("blur.jpg", originalName)).status()).isEqualTo(403);

        // the bucket is private: without our credentials S3 answers nobody, whatever the path
        var direct = http.send(HttpRequest.newBuilder(URI.create(s3.endpoint() + "/teezu-media/content/" + folder + "/" + originalName)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(403);

        // the unlock reveals a signed URL; its bytes are the bucket's original
        var reveal = api.send("POST", "/api/content/" + itemId + "/unlock", fan.token(), null, Map.of("Idempotency-Key", "s3-1"));
        assertThat(reveal.status()).as(reveal.body()).isEqualTo(200);
        byte[] original = api.bytes(reveal.json().get("url").stringValue());
        assertThat(original).isEqualTo(Files.readAllBytes(bucket.resolve("content").resolve(folder).resolve(originalName)));
        var served = api.get(reveal.json().get("url").stringValue());
        assertThat(served.contentType()).isEqualTo(originalName.endsWith(".png") ? "image/png" : "image/jpeg");
        assertThat(served.header("cache-control")).contains("private");

        // no response of the node names the store, its bucket or its credentials
        for (var r : List.of(posted, avatar, reveal, api.get("/api/users/" + creator.id() + "/profile", fan.token()),
                api.get("/actuator/health"))) {
            assertThat(r.body()).doesNotContain(s3.secretKey).doesNotContain(S3Proxy.ACCESS_KEY)
                    .doesNotContain(s3.endpoint()).doesNotContain("teezu-media");
        }
    }

    @Test
    void theStoreItselfRoundTripsAndRefusesKeysWeDidNotMake() throws Exception {
        var store = new S3MediaStorage(new MediaSettings.S3(s3.endpoint(), "teezu-direct", "us-east-1", S3Proxy.ACCESS_KEY,
                s3.secretKey, null, true, Duration.ofSeconds(3)));
        store.ensureBucket();
        store.ensureBucket(); // a second start finds it
        String key = "covers/" + UUID.randomUUID() + "/cover.jpg";
        assertThat(store.exists(key)).isFalse();
        assertThat(store.open(key)).isEmpty();
        byte[] bytes = "not really a jpeg, the store does not care".getBytes(StandardCharsets.UTF_8);
        store.put(key, bytes);
        assertThat(store.exists(key)).isTrue();
        var media = store.open(key).orElseThrow();
        try (var in = media.body()) {
            assertThat(media.size()).isEqualTo(bytes.length);
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        store.put(key, new byte[]{1, 2, 3});
        try (var in = store.open(key).orElseThrow().body()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        for (String bad : List.of("../etc/passwd", "covers/x/../../y.jpg", "other/" + UUID.randomUUID() + "/a.jpg", "")) {
            assertThatThrownBy(() -> store.put(bad, bytes)).isInstanceOf(IllegalArgumentException.class);
        }
        store.check();
    }

    @Test
    void wrongCredentialsStopTheStartWithoutPrintingTheSecret() {
        String wrong = "wrong-" + UUID.randomUUID();
        assertThatThrownBy(() -> node(s3, "teezu-media", wrong))
                .satisfies(e -> {
                    Throwable root = e;
                    while (root.getCause() != null) root = root.getCause();
                    assertThat(root.getMessage()).contains("HTTP 403").doesNotContain(wrong);
                });
    }

    @Test
    void aStoreThatGoesAwayMeansA503ThatSavedNothing() throws Exception {
        var creator = fixtures.aCreator();
        try (var doomed = new S3Proxy(work.resolve("doomed-" + UUID.randomUUID()))) {
            var node = node(doomed, "teezu-doomed", doomed.secretKey);
            var api = api(node);
            var ok = api.multipart("POST", "/api/content", creator.token(), MediaIT.png(20, 20), "a.png", Map.of("visibility", "public"));
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
            String thumb = api.get("/api/users/" + creator.id() + "/profile").json().at("/contentGrid/0/thumbnailUrl").stringValue();
            assertThat(api.get("/actuator/health").json().at("/components/media/status").stringValue()).isEqualTo("UP");

            doomed.close();

            var failed = api.multipart("POST", "/api/content", creator.token(), MediaIT.png(20, 20), "b.png", Map.of("visibility", "public"));
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.json().get("type").stringValue()).endsWith("media-unavailable");
            var profile = api.get("/api/users/" + creator.id() + "/profile").json();
            assertThat(profile.at("/stats/posts").intValue()).isEqualTo(1);
            assertThat(profile.get("contentGrid").size()).isEqualTo(1);
            var file = api.get(thumb);
            assertThat(file.status()).isEqualTo(503);
            assertThat(file.contentType()).startsWith("application/problem+json");
            var health = api.get("/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().at("/components/media/status").stringValue()).isEqualTo("DEGRADED");
        }
    }

    @Test
    void temporaryCredentialsSendTheirSessionTokenSignedWithEveryRequest() throws Exception {
        String token = "session-" + UUID.randomUUID();
        try (var relay = recordingRelay(lenient)) {
            var node = node("http://127.0.0.1:" + relay.port(), "teezu-temporary", "--teezu.s3.access-key=" + S3Proxy.ACCESS_KEY,
                    "--teezu.s3.secret-key=" + lenient.secretKey, "--teezu.s3.session-token=" + token);
            uploadsAndServes(node, lenient, "teezu-temporary");

            // every request on the wire carried the token, and signed it
            var requests = requests(relay.sent());
            assertThat(requests).extracting(SeenRequest::method).contains("HEAD", "PUT", "GET");
            assertSignedWithSessionToken(requests, S3Proxy.ACCESS_KEY, token);

            // and S3Proxy's signature check covers it: the same request with another token is refused
            var headBucket = requests.stream().filter(r -> r.method().equals("HEAD") && r.target().equals("/teezu-temporary"))
                    .findFirst().orElseThrow();
            assertThat(replay(lenient, headBucket, token)).isEqualTo(200);
            assertThat(replay(lenient, headBucket, "forged-" + token)).isEqualTo(403);

            var health = api(node).get("/actuator/health");
            assertThat(health.json().at("/components/media/status").stringValue()).isEqualTo("UP");
            assertThat(health.body()).doesNotContain(token).doesNotContain(lenient.secretKey);
            node.close();
        }
    }

    @Test
    void withoutKeysTheSdkDefaultCredentialsAreUsed() throws Exception {
        String token = "default-chain-" + UUID.randomUUID();
        // the SDK's default chain looks at these system properties first (then AWS_* variables, profiles, roles)
        Map<String, String> properties = Map.of("aws.accessKeyId", S3Proxy.ACCESS_KEY, "aws.secretAccessKey", lenient.secretKey,
                "aws.sessionToken", token);
        properties.forEach(System::setProperty);
        try (var relay = recordingRelay(lenient)) {
            var node = node("http://127.0.0.1:" + relay.port(), "teezu-default-chain",
                    "--teezu.s3.access-key=", "--teezu.s3.secret-key=", "--teezu.s3.session-token=");
            uploadsAndServes(node, lenient, "teezu-default-chain");
            assertSignedWithSessionToken(requests(relay.sent()), S3Proxy.ACCESS_KEY, token);
            node.close();
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    @Test
    void aBucketOutsideUsEast1IsAskedForWithItsLocationConstraint() throws Exception {
        try (var relay = recordingRelay(s3);
             var store = new S3MediaStorage(new MediaSettings.S3("http://127.0.0.1:" + relay.port(), "teezu-frankfurt", "eu-central-1",
                     S3Proxy.ACCESS_KEY, s3.secretKey, null, true, Duration.ofSeconds(3)))) {
            // S3Proxy's filesystem backend knows no AWS regions: it refuses, and says why
            assertThatThrownBy(store::ensureBucket).isInstanceOf(IOException.class)
                    .hasMessage("S3 create bucket: HTTP 400 InvalidLocationConstraint");
            String wire = relay.sent();
            assertThat(wire).contains("<LocationConstraint>eu-central-1</LocationConstraint>");
            assertThat(requests(wire)).extracting(SeenRequest::method).containsExactly("HEAD", "PUT");
            assertThat(requests(wire)).allSatisfy(r -> assertThat(r.headers().get("authorization")).contains("/eu-central-1/s3/aws4_request"));
        }
    }
}
