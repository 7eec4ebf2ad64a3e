package com.teezu.profiles.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the running app: real requests through Tomcat, security and all. */
public class Api {

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body.isEmpty() ? "null" : body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        public String contentType() {
            return header("content-type");
        }
    }

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    private Environment env;
    private String fixedBase;

    /** The same client for another node of the app (e.g. one started by a test with other settings). */
    public static Api at(String baseUrl) {
        Api api = new Api();
        api.fixedBase = baseUrl;
        return api;
    }

    /** The same client, its requests sent from another local address (127.0.0.2 …: a different client address to the app). */
    public static Api at(String baseUrl, java.net.InetAddress from) {
        Api api = at(baseUrl);
        api.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).localAddress(from).build();
        return api;
    }

    public String baseUrl() {
        return fixedBase != null ? fixedBase : "http://127.0.0.1:" + env.getProperty("local.server.port");
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /** {@code body}: null for none, a String sent as is (raw JSON), anything else serialised to JSON. */
    public Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
            Map<String, String> h = new LinkedHashMap<>(headers);
            if (token != null) h.put("Authorization", "Bearer " + token);
            if (body != null) h.putIfAbsent("Content-Type", "application/json");
            h.forEach(b::header);
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            b.method(method, payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** multipart/form-data with one file part ("file") and text fields. */
    public Response multipart(String method, String path, String token, byte[] file, String filename, Map<String, String> fields) {
        String boundary = "----teezu" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var f : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (file != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes());
            }
            out.write(("--" + boundary + "--\r\n").getBytes());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
            if (token != null) b.header("Authorization", "Bearer " + token);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /**
     * One request written byte for byte on its own connection, for what an HTTP client would refuse or
     * normalise: {@code ..}, {@code \\}, {@code %00}, TRACE, made-up methods.
     */
    public Response raw(String method, String rawPath, Map<String, String> headers) {
        return raw(method, rawPath, headers, null);
    }

    /** As {@link #raw(String, String, Map)}, with a body (its Content-Length added); status 0 if the server closed without an answer. */
    public Response raw(String method, String rawPath, Map<String, String> headers, byte[] body) {
        URI base = URI.create(baseUrl());
        try (var socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            StringBuilder req = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) req.append("Content-Length: ").append(body.length).append("\r\n");
            // one write, no Nagle: two small writes would wait ~40 ms for the server's delayed ACK
            socket.setTcpNoDelay(true);
            var whole = new java.io.ByteArrayOutputStream();
            whole.writeBytes(req.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (body != null) whole.writeBytes(body);
            try {
                socket.getOutputStream().write(whole.toByteArray());
                socket.getOutputStream().flush();
            } catch (java.net.SocketException e) {
                // the server answered early (e.g. 413) and closed while the body was still being sent: read its answer
            }
            // ISO-8859-1 keeps one char per byte, so chunk sizes (in bytes) can be counted in the string
            String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            while (all.startsWith("HTTP/1.1 1") && all.indexOf("\r\n\r\n") > 0) { // 100 Continue and other interim answers
                all = all.substring(all.indexOf("\r\n\r\n") + 4);
            }
            int end = all.indexOf("\r\n\r\n");
            if (end < 0) return new Response(0, Map.of(), all);
            String[] lines = all.substring(0, end).split("\r\n");
            Map<String, java.util.List<String>> h = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                h.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), k -> new java.util.ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            String text = all.substring(end + 4);
            if ("chunked".equalsIgnoreCase(h.getOrDefault("transfer-encoding", java.util.List.of("")).getFirst())) {
                StringBuilder chunks = new StringBuilder();
                for (int at = 0; ; ) {
                    int eol = text.indexOf("\r\n", at);
                    int size = Integer.parseInt(text.substring(at, eol).trim(), 16);
                    if (size == 0) break;
                    chunks.append(text, eol + 2, eol + 2 + size);
                    at = eol + 2 + size + 2;
                }
                text = chunks.toString();
            }
            text = new String(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), h, text);
        } catch (java.net.SocketException e) {
            // the server closed (or reset) the connection, e.g. while a refused body was still being sent
            return new Response(0, Map.of(), String.valueOf(e.getMessage()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + rawPath + " failed", e);
        }
    }

    public byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String login(String username, String password) {
        Response r = post("/api/auth/login", null, Map.of("username", username, "password", password));
        if (r.status() != 200) throw new IllegalStateException("login " + username + ": " + r.status() + " " + r.body());
        return r.json().get("token").stringValue();
    }
}
