package com.teezu.profiles.teezer;

import com.sun.net.httpserver.HttpServer;
import com.teezu.profiles.support.Api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible chat endpoint on 127.0.0.1 ({@code POST /v1/chat/completions}) that answers as
 * the test tells it: a text, an empty answer, an error, a body that is not JSON, or no answer at all
 * (it holds the request until the test ends). It keeps every request body it received.
 */
final class LoopbackLlm implements AutoCloseable {

    enum Mode { ANSWER, EMPTY, FAIL, GARBAGE, STALL }

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Mode mode = Mode.ANSWER;
    private volatile String answer = "Hi there!";

    LoopbackLlm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            Mode m = mode;
            byte[] out;
            int status = 200;
            String type = "application/json";
            switch (m) {
                case STALL -> {
                    try {
                        released.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    out = completion("too late").getBytes(StandardCharsets.UTF_8);
                }
                case FAIL -> {
                    status = 500;
                    out = "{\"error\":{\"message\":\"model crashed\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
                }
                case GARBAGE -> {
                    type = "text/html";
                    out = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
                }
                case EMPTY -> out = completion("").getBytes(StandardCharsets.UTF_8);
                default -> out = completion(answer).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            try {
                exchange.sendResponseHeaders(status, out.length);
                exchange.getResponseBody().write(out);
            } catch (IOException gone) {
                // the client gave up waiting: as it should
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private static String completion(String content) {
        return Api.JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "loopback-model",
                "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content), "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15)));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void answer(String text) {
        mode = Mode.ANSWER;
        answer = text;
    }

    void mode(Mode m) {
        mode = m;
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
