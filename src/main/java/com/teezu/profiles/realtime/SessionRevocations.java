package com.teezu.profiles.realtime;

import com.teezu.profiles.auth.SessionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.UUID;

/**
 * Carries logouts to every node: each node keeps checked session tokens for a while, so a revoked
 * token must be forgotten everywhere, not only where the logout happened. Sent before the logout
 * answers, once the session row is gone; a node that reconnects to Redis forgets all tokens, since it
 * may have missed a revocation while it was cut off.
 */
@Component
class SessionRevocations {

    static final String REVOKED = "session:revoked";

    private final RealtimeBus bus;

    SessionRevocations(RealtimeBus bus, SessionService sessions, RealtimeServer sockets) {
        this.bus = bus;
        bus.observe(message -> {
            if (!RealtimeBus.NODES.equals(message.room())) return;
            if (REVOKED.equals(message.event()) && message.payload().get("tokenHash") instanceof String hash) {
                UUID sessionId = message.payload().get("sessionId") instanceof String id ? UUID.fromString(id) : null;
                sessions.forget(new SessionService.SessionRevoked(hash, sessionId));
                // a socket lives longer than one request: the session's sockets on this node end now too
                if (sessionId != null) sockets.disconnectSession(sessionId);
            } else if (RealtimeBus.REDIS_CONNECTED.equals(message.event())) {
                sessions.forgetAll();
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionService.SessionRevoked revoked) {
        bus.publish(RealtimeBus.NODES, REVOKED, Map.of("tokenHash", revoked.tokenHashHex(),
                "sessionId", String.valueOf(revoked.sessionId())));
    }
}
