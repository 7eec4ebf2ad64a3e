package com.teezu.profiles.realtime;

import com.teezu.profiles.shared.web.ConnectSources;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.List;

/** The Socket.IO server the page is told about ({@code GET /api/realtime}): its origin, over HTTP (polling) and WebSocket. */
@Component
class RealtimeConnectSources implements ConnectSources {

    private final RealtimeServer server;
    private final List<String> configured;

    RealtimeConnectSources(RealtimeServer server, RealtimeSettings settings) {
        this.server = server;
        this.configured = settings.realtimeUrl() == null || settings.realtimeUrl().isBlank() ? null : origins(settings.realtimeUrl());
    }

    /** Every response carries the policy: a configured URL is parsed once, the default costs two concatenations. */
    @Override
    public List<String> forPage(HttpServletRequest request) {
        List<String> fixed = configured;
        if (fixed != null) return fixed;
        String authority = request.getServerName() + ":" + server.port();
        return "https".equals(request.getScheme()) ? List.of("https://" + authority, "wss://" + authority)
                : List.of("http://" + authority, "ws://" + authority);
    }

    private static List<String> origins(String realtimeUrl) {
        URI url = URI.create(realtimeUrl);
        boolean secure = "https".equals(url.getScheme()) || "wss".equals(url.getScheme());
        String authority = url.getRawAuthority();
        return List.of((secure ? "https://" : "http://") + authority, (secure ? "wss://" : "ws://") + authority);
    }
}
