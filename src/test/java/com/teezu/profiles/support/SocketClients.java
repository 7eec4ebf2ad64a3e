package com.teezu.profiles.support;

import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Sockets of the official JavaScript socket.io-client (v4, from the front end's node_modules), run by
 * the machine's Node through src/test/js/socket-client.cjs. Every line it reports is kept for asserts.
 */
public class SocketClients implements AutoCloseable {

    public record Line(String id, String type, String event, JsonNode data, long at, JsonNode raw) {
    }

    private final Process node;
    private final Writer stdin;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private int seq;

    public SocketClients() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("node", root.resolve("src/test/js/socket-client.cjs").toString());
        pb.environment().put("FRONTEND_MODULES", root.resolve("frontend/node_modules").toString());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        node = pb.start();
        stdin = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode j = Api.JSON.readTree(line);
                    lines.add(new Line(text(j, "id"), text(j, "type"), text(j, "event"), j.get("data"),
                            j.path("at").longValue(), j));
                }
            } catch (IOException ignored) {
                // node ended
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> lines.stream().anyMatch(l -> "ready".equals(l.type())));
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.stringValue();
    }

    /** Connects a new socket; returns its id once connected (or once refused, if {@code expectRefusal}). */
    public String connect(String url, String token, List<String> transports) {
        String id = "s" + (++seq);
        send(Map.of("cmd", "connect", "id", id, "url", url, "token", token == null ? "" : token,
                "transports", transports == null ? List.of("polling", "websocket") : transports));
        await().atMost(Duration.ofSeconds(15)).until(() -> lines.stream().anyMatch(l -> id.equals(l.id())
                && ("connect".equals(l.type()) || "connect_error".equals(l.type()))));
        return id;
    }

    /** Connects as the web app does: no token, {@code auth: {}}, the session cookie and the page's Origin. */
    public String connectWithCookie(String url, String cookieToken, String origin, List<String> transports) {
        String id = "s" + (++seq);
        send(Map.of("cmd", "connect", "id", id, "url", url, "token", "", "transports", transports,
                "cookie", "theme=dark; teezu_session=" + cookieToken, "origin", origin));
        await().atMost(Duration.ofSeconds(15)).until(() -> lines.stream().anyMatch(l -> id.equals(l.id())
                && ("connect".equals(l.type()) || "connect_error".equals(l.type()))));
        return id;
    }

    public boolean connected(String id) {
        return lines.stream().anyMatch(l -> id.equals(l.id()) && "connect".equals(l.type()));
    }

    /** The server (or the client) has closed this socket since it connected. */
    public boolean disconnected(String id) {
        return lines.stream().anyMatch(l -> id.equals(l.id()) && "disconnect".equals(l.type()));
    }

    public String connectError(String id) {
        return lines.stream().filter(l -> id.equals(l.id()) && "connect_error".equals(l.type()))
                .map(l -> l.raw().path("message").stringValue()).findFirst().orElse(null);
    }

    public void emit(String id, String event, Object data) {
        int before = count(l -> id.equals(l.id()) && "emitted".equals(l.type()));
        send(Map.of("cmd", "emit", "id", id, "event", event, "data", data));
        await().atMost(Duration.ofSeconds(5)).until(() -> count(l -> id.equals(l.id()) && "emitted".equals(l.type())) > before);
    }

    /** Watches a profile and waits until the server confirms the socket joined its room. */
    public void watch(String id, String userId) {
        emit(id, "profile:watch", Map.of("userId", userId));
        awaitEvent(id, "profile:watching", d -> userId.equals(d.path("userId").stringValue()), Duration.ofSeconds(5));
    }

    public Line awaitEvent(String id, String event, Predicate<JsonNode> match, Duration within) {
        await().atMost(within).until(() -> find(id, event, match) != null);
        return find(id, event, match);
    }

    public Line find(String id, String event, Predicate<JsonNode> match) {
        return lines.stream().filter(l -> id.equals(l.id()) && "event".equals(l.type()) && event.equals(l.event())
                && match.test(l.data())).findFirst().orElse(null);
    }

    public List<Line> events(String id) {
        return lines.stream().filter(l -> id.equals(l.id()) && "event".equals(l.type())).toList();
    }

    public List<Line> events(String id, String event) {
        return events(id).stream().filter(l -> event.equals(l.event())).toList();
    }

    public List<Line> all() {
        return List.copyOf(lines);
    }

    public void close(String id) {
        send(Map.of("cmd", "close", "id", id));
    }

    private int count(Predicate<Line> p) {
        return (int) lines.stream().filter(p).count();
    }

    private synchronized void send(Map<String, Object> command) {
        try {
            stdin.write(Api.JSON.writeValueAsString(command) + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new IllegalStateException("node client is gone", e);
        }
    }

    @Override
    public void close() {
        try {
            send(Map.of("cmd", "exit"));
        } catch (RuntimeException ignored) {
            // already gone
        }
        node.destroy();
    }
}
