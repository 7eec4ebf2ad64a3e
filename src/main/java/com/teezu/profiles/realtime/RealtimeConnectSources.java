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
    private final RealtimeSettings settings;

    RealtimeConnectSources(RealtimeServer server, RealtimeSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    @Override
    public List<String> forPage(HttpServletRequest request) {
        URI url = URI.create(settings.realtimeUrl() != null && !settings.realtimeUrl().isBlank() ? settings.realtimeUrl()
                : request.getScheme() + "://" + request.getServerName() + ":" + server.port());
        String authority = url.getRawAuthority();
        boolean secure = "https".equals(url.getScheme()) || "wss".equals(url.getScheme());
        return List.of((secure ? "https://" : "http://") + authority, (secure ? "wss://" : "ws://") + authority);
    }
}
