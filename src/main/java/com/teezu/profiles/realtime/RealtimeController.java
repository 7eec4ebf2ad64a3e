package com.teezu.profiles.realtime;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the browser where the Socket.IO server is (no hard-coded port in the front end). */
@RestController
class RealtimeController {

    record Where(String url, String path) {
    }

    private final RealtimeServer server;
    private final RealtimeSettings settings;

    RealtimeController(RealtimeServer server, RealtimeSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    @GetMapping("/api/realtime")
    Where where(HttpServletRequest request) {
        String url = settings.realtimeUrl() != null && !settings.realtimeUrl().isBlank() ? settings.realtimeUrl()
                : request.getScheme() + "://" + request.getServerName() + ":" + server.port();
        return new Where(url, "/socket.io");
    }
}
