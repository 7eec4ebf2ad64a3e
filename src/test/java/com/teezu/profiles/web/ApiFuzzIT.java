package com.teezu.profiles.web;

import com.teezu.profiles.support.Api;
import com.teezu.profiles.support.Fixtures;
import com.teezu.profiles.support.IntegrationTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated fuzz run over every operation of the API document (so a new endpoint is fuzzed the day it
 * is documented): random and mutated bodies, headers, paths, query strings and methods, written byte
 * for byte on the wire. Every answer must be below 500; every error problem+json that names no class,
 * package or stack frame; and a rejected request (4xx) must leave the database exactly as it was.
 *
 * <p>The database check is exact and cheap: a request that wrote anything was given a transaction id,
 * so while PostgreSQL's next transaction id stays put nothing changed; when it moved, the content of
 * every table is hashed and compared with the last hash. Three tables are left out on purpose, because a
 * refusal is recorded there by design: {@code login_failures} (a wrong password counts against the
 * name), {@code rate_limits} (a refused or failed sign-up still spends its token) and
 * {@code payment_callbacks} (every payment callback is kept for audit, a refused one too).
 */
@IntegrationTest
class ApiFuzzIT {

    static final int REQUESTS = 10_000;
    static final List<String> NOT_SNAPSHOTTED = List.of("login_failures", "rate_limits", "payment_callbacks",
            "flyway_schema_history");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    static final AtomicInteger SENT = new AtomicInteger();
    static final AtomicInteger REJECTED = new AtomicInteger();
    static final AtomicInteger WRITES = new AtomicInteger();

    record Operation(String method, String path, JsonNode spec) {
    }

    record FuzzRequest(String method, String path, Map<String, String> headers, byte[] body, Operation from) {
        @Override
        public String toString() {
            String b = body == null ? "" : new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + " " + headers + " " + b;
        }
    }

    List<Operation> operations;
    JsonNode components;
    List<Fixtures.TestUser> users;
    Fixtures.TestUser member;
    Fixtures.TestUser creator;
    Fixtures.TestUser staff;
    long lastXid;
    String lastSnapshot;
    List<String> tables;

    /** jqwik runs this class, not Spring's JUnit extension: let Spring's test context inject it. */
    @BeforeProperty
    void spring() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
        JsonNode doc = api.get("/v3/api-docs").json();
        components = doc.path("components").path("schemas");
        operations = new ArrayList<>();
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }
        assertThat(operations).hasSizeGreaterThan(30);
        member = fixtures.aMember();
        creator = fixtures.aCreator();
        staff = fixtures.aStaffMember();
        // the fuzzer's own users: its writes never touch the demo accounts other tests count on
        users = List.of(member, creator, staff, fixtures.aCreator(), fixtures.aVip());
        tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list()
                .stream().filter(t -> !NOT_SNAPSHOTTED.contains(t)).toList();
        lastXid = nextXid();
        lastSnapshot = snapshot();
    }

    @AfterContainer
    static void report() {
        System.out.printf("ApiFuzzIT: %d requests, %d rejected (4xx), %d that wrote%n", SENT.get(), REJECTED.get(), WRITES.get());
    }

    @Property(tries = REQUESTS, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void noRequestBreaksTheServiceLeaksItsInsidesOrChangesDataWhenRefused(@ForAll("requests") FuzzRequest request) {
        long started = System.nanoTime();
        Api.Response r = api.raw(request.method(), request.path(), request.headers(), request.body());
        SENT.incrementAndGet();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms > 2_000) System.out.println("ApiFuzzIT: slow (" + ms + " ms): " + request);
        String what = request + "\n→ " + r.status() + " " + r.headers() + " " + abbreviate(r.body());
        assertThat(r.status()).as("an answer, below 500: " + what).isBetween(100, 499);

        if (r.status() >= 400) {
            REJECTED.incrementAndGet();
            checkProblem(request, r, what);
        }
        long xid = nextXid();
        if (xid != lastXid) {
            WRITES.incrementAndGet();
            String now = snapshot();
            if (r.status() >= 400) {
                assertThat(now).as("a refused request changed the database: " + what + "\n" + diff(lastSnapshot, now))
                        .isEqualTo(lastSnapshot);
            }
            lastSnapshot = now;
            lastXid = nextXid();
        }
    }

    void checkProblem(FuzzRequest request, Api.Response r, String what) {
        if ("HEAD".equals(request.method())) return; // no body to look at
        String accept = request.headers().getOrDefault("Accept", "");
        boolean pageNavigation = r.status() == 404 && "GET".equals(request.method()) && accept.contains("text/html")
                && !request.path().startsWith("/api/") && !request.path().startsWith("/media/");
        if (pageNavigation && r.contentType() != null && r.contentType().startsWith("text/html")) return;
        assertThat(r.contentType()).as("problem+json: " + what).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.path("type").stringValue("")).as(what).startsWith("urn:teezu:problem:");
        assertThat(p.path("status").intValue()).as(what).isEqualTo(r.status());
        assertThat(p.path("title").stringValue("")).as(what).isNotBlank();
        assertThat(p.path("detail").stringValue("")).as(what).isNotBlank();
        assertThat(r.body()).as("no class, package or stack frame: " + what)
                .doesNotContain("Exception", "\tat ", "org.springframework", "java.", "jakarta.", "tools.jackson",
                        "com.teezu", "org.apache", "Tomcat", "netty", "jooq", "PSQL", "SQL");
    }

    long nextXid() {
        return jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /** One line per table: its row count and the sum of its rows' hashes. */
    String snapshot() {
        StringBuilder sql = new StringBuilder();
        for (String t : tables) {
            if (!sql.isEmpty()) sql.append(" UNION ALL ");
            sql.append("SELECT '").append(t).append("' || ':' || count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) FROM ")
                    .append(t).append(" x");
        }
        return String.join("\n", jdbc.sql("SELECT line FROM (" + sql + ") AS t(line) ORDER BY line").query(String.class).list());
    }

    static String diff(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        List<String> b = List.of(after.split("\n"));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) out.add(a.get(i) + " -> " + b.get(i));
        }
        return "changed: " + out;
    }

    static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    // ---- generation ---------------------------------------------------------------------------

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return Arbitraries.randomValue(this::request);
    }

    static final List<String> NASTY = List.of("", " ", "..", "%2e%2e", "%00", "%2F", "a;b", "\\", "%5C", "%zz", "%",
            "😈", "%F0%9F%98%88", "' OR 1=1--", "<script>alert(1)</script>", "-1", "0", "9999999999999999999999",
            "00000000-0000-0000-0000-000000000000", "null", "undefined", "NaN", "true", "{}", "[]", "me", "ME",
            "${jndi:ldap://127.0.0.1/x}", "%24%7Bjndi%7D", "x".repeat(3000), "ünïcødé", "a\u200Bb", "\u202Eevil",
            "..%2f..%2fetc%2fpasswd", "//", "?", "#", "%23", "+", "%20", "1e309", "0x10");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE",
            "FOO", "PROPFIND", "M-SEARCH");
    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=latin1",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=", "garbage/ /",
            "application/json;;;", "image/png", "*/*");
    static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/html", "application/xml", "image/*",
            "text/html,application/xhtml+xml", "garbage", ";q=x", "application/problem+json");

    FuzzRequest request(Random random) {
        Operation op = operations.get(random.nextInt(operations.size()));
        String method = random.nextInt(10) < 8 ? op.method() : pick(random, METHODS);
        Map<String, String> headers = new LinkedHashMap<>();
        String path = path(random, op);
        Fixtures.TestUser caller = switch (random.nextInt(10)) {
            case 0, 1, 2 -> null;
            case 3, 4, 5 -> member;
            case 6, 7 -> creator;
            case 8 -> staff;
            default -> null;
        };
        // a logout would end the fuzzer's own sessions; it is fuzzed anonymously and with junk
        if (op.path().contains("logout")) caller = null;
        if (caller != null) {
            if (random.nextInt(6) == 0) {
                headers.put("Cookie", "teezu_session=" + caller.token()); // a cookie session: writes need the CSRF header
                if (random.nextBoolean()) headers.put("X-CSRF-Token", pick(random, NASTY));
            } else {
                headers.put("Authorization", "Bearer " + caller.token());
            }
        } else if (random.nextInt(4) == 0) {
            headers.put("Authorization", pick(random, List.of("Bearer ", "Bearer " + pick(random, NASTY), "Basic YWRtaW46YWRtaW4=",
                    "Bearer " + "a".repeat(43), "bearer", "Token x")));
        }
        if (random.nextInt(3) == 0) headers.put("Accept", pick(random, ACCEPTS));
        if (random.nextInt(3) == 0 || op.spec().path("parameters").toString().contains("Idempotency-Key")) {
            headers.put("Idempotency-Key", switch (random.nextInt(5)) {
                case 0 -> "fuzz-reused-key";
                case 1 -> pick(random, NASTY).replaceAll("[\\r\\n]", "");
                case 2 -> "k".repeat(300);
                default -> UUID.randomUUID().toString();
            });
        }
        if (random.nextInt(12) == 0) headers.put(pick(random, List.of("X-Forwarded-For", "Origin", "Referer", "Range",
                "If-None-Match", "Accept-Language", "X-HTTP-Method-Override")), pick(random, NASTY).replaceAll("[\\r\\n]", ""));

        byte[] body = null;
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.has("application/json") || (random.nextInt(8) == 0 && !"GET".equals(method))) {
            body = jsonBody(random, content.path("application/json").path("schema"));
            headers.put("Content-Type", random.nextInt(8) == 0 ? pick(random, CONTENT_TYPES) : "application/json");
        } else if (content.has("multipart/form-data")) {
            String boundary = "fuzz" + random.nextInt(1_000_000);
            body = multipart(random, boundary, content.path("multipart/form-data").path("schema"));
            headers.put("Content-Type", random.nextInt(8) == 0 ? pick(random, CONTENT_TYPES) : "multipart/form-data; boundary=" + boundary);
        }
        if (body != null && random.nextInt(25) == 0) body = new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x7B}; // not UTF-8
        return new FuzzRequest(method, path, headers, body, op);
    }

    String path(Random random, Operation op) {
        String path = op.path().replace("/**", "/" + pick(random, List.of("x.webp", "a/b/c.jpg", "..%2fsecret", pick(random, NASTY))));
        StringBuilder out = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{")) {
                out.append(switch (random.nextInt(8)) {
                    case 0, 1, 2 -> pick(random, users).id().toString();
                    case 3 -> pick(random, users).username();
                    case 4 -> UUID.randomUUID().toString();
                    case 5 -> "me";
                    default -> pick(random, NASTY);
                });
            } else {
                out.append(part);
            }
        }
        if (random.nextInt(20) == 0) out.append(pick(random, List.of("/", "//", "/..", ";x", "%00", "/extra")));
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.spec().path("parameters")) {
            if ("query".equals(p.path("in").stringValue()) && random.nextBoolean()) {
                query.add(p.path("name").stringValue() + "=" + switch (random.nextInt(5)) {
                    case 0 -> String.valueOf(random.nextInt(100));
                    case 1 -> String.valueOf(-random.nextInt(1000));
                    case 2 -> "eyJ" + "A".repeat(random.nextInt(40));
                    default -> pick(random, NASTY);
                });
            }
        }
        if (random.nextInt(6) == 0) query.add(pick(random, NASTY) + "=" + pick(random, NASTY));
        if (random.nextInt(30) == 0) query.add("limit=1&limit=2");
        return out + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    byte[] jsonBody(Random random, JsonNode schema) {
        Object value = random.nextInt(6) == 0 ? anyJson(random, 2) : fromSchema(random, schema, 0);
        if (value instanceof Map<?, ?> m && random.nextInt(3) > 0) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
            value = mutate(random, copy);
        }
        String text = Api.JSON.writeValueAsString(value);
        text = switch (random.nextInt(14)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length()))); // cut short
            case 1 -> text.startsWith("{") && text.length() > 2 ? "{\"dup\":1,\"dup\":2," + text.substring(1) : text;
            case 2 -> "[".repeat(2000) + "]".repeat(2000);
            case 3 -> "{\"a\":\"" + "x".repeat(300_000) + "\"}";
            case 4 -> "\uFEFF" + text;
            case 5 -> "";
            case 6 -> text + text;
            default -> text;
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    Map<String, Object> mutate(Random random, Map<String, Object> body) {
        List<String> keys = new ArrayList<>(body.keySet());
        switch (random.nextInt(5)) {
            case 0 -> { if (!keys.isEmpty()) body.remove(pick(random, keys)); }
            case 1 -> { if (!keys.isEmpty()) body.put(pick(random, keys), anyJson(random, 1)); }
            case 2 -> body.put(pick(random, List.of("role", "id", "balance", "isAdmin", "userId", "tokens", "verified", "__proto__")),
                    anyJson(random, 1));
            case 3 -> { if (!keys.isEmpty()) body.put(pick(random, keys), null); }
            default -> { if (!keys.isEmpty()) body.put(pick(random, keys), pick(random, NASTY)); }
        }
        return body;
    }

    Object anyJson(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextLong() * (random.nextBoolean() ? 1 : -1);
            case 4 -> random.nextDouble() * 1e12;
            case 5, 6 -> pick(random, NASTY);
            case 7 -> java.util.Arrays.asList(anyJson(random, depth - 1), anyJson(random, depth - 1));
            default -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(pick(random, List.of("a", "type", "userId", "text")), anyJson(random, depth - 1));
                yield m;
            }
        };
    }

    /** A value the schema allows (more or less: it is only the starting point for mutations). */
    Object fromSchema(Random random, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 4) return anyJson(random, 0);
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").stringValue();
            return fromSchema(random, components.path(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice)) {
                JsonNode options = schema.get(choice);
                return fromSchema(random, options.get(random.nextInt(options.size())), depth + 1);
            }
        }
        if (schema.has("allOf")) return fromSchema(random, schema.get("allOf").get(0), depth + 1);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            JsonNode e = schema.get("enum").get(random.nextInt(schema.get("enum").size()));
            return e.isString() ? e.stringValue() : e.isNumber() ? e.numberValue() : e.isBoolean() ? e.booleanValue() : null;
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(random.nextInt(schema.path("type").size())).stringValue()
                : schema.path("type").stringValue("object");
        return switch (type) {
            case "null" -> null;
            case "boolean" -> random.nextBoolean();
            case "integer" -> (long) (schema.path("minimum").asDouble(0) + random.nextInt(1 + (int) Math.min(1000,
                    schema.path("maximum").asDouble(100) - schema.path("minimum").asDouble(0))));
            case "number" -> random.nextDouble() * 100;
            case "string" -> switch (schema.path("format").stringValue("")) {
                case "uuid" -> pick(random, users).id().toString();
                case "date-time" -> "2026-12-01T20:00:00Z";
                default -> "fuzz " + Integer.toString(random.nextInt(1_000_000), 36);
            };
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) items.add(fromSchema(random, schema.path("items"), depth + 1));
                yield items;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (var p : schema.path("properties").properties()) {
                    if (random.nextInt(3) > 0) object.put(p.getKey(), fromSchema(random, p.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }

    byte[] multipart(Random random, String boundary, JsonNode schema) {
        StringBuilder s = new StringBuilder();
        for (var p : schema.path("properties").properties()) {
            if (p.getKey().equals("file") || random.nextInt(3) == 0) continue;
            s.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(p.getKey())
                    .append("\"\r\n\r\n").append(random.nextBoolean() ? String.valueOf(fromSchema(random, p.getValue(), 0))
                            : pick(random, NASTY)).append("\r\n");
        }
        byte[] file = new byte[random.nextInt(2000)];
        random.nextBytes(file);
        if (random.nextInt(4) == 0 && file.length > 8) { // a PNG signature in front of garbage
            System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, file, 0, 8);
        }
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        if (random.nextInt(5) > 0) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + pick(random, List.of("a.png", "../../x.jpg", "😈.webp", "", "a\".png")) + "\"\r\nContent-Type: "
                    + pick(random, List.of("image/png", "image/jpeg", "application/octet-stream", "text/html")) + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (random.nextInt(6) > 0) out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
