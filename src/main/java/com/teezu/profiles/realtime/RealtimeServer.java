package com.teezu.profiles.realtime;

import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.SessionService;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Socket.IO server (protocol of socket.io-client v4) on its own port. A client with
 * {@code auth: {token}} is authenticated in the handshake (a bad token gets {@code connect_error})
 * and joins its own room, as does the web app with {@code auth: {}} and its session cookie; without
 * either it is anonymous and may only watch profiles.
 */
@Component
class RealtimeServer implements SmartLifecycle {

    static final String USER_ATTRIBUTE = "teezu.user";
    static final String SESSION_ATTRIBUTE = "teezu.session";
    private static final Logger log = LoggerFactory.getLogger(RealtimeServer.class);

    private final SessionService sessions;
    private final AuthService auth;
    private final UserDirectory users;
    private final int port;
    private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
    private volatile SocketIOServer server;
    private final SocketGuard.Exceptions exceptions;
    private final java.util.Set<String> origins;
    /** Client → server events of signed-in sockets, registered by other components before the server starts. */
    private final Map<String, java.util.function.BiConsumer<UUID, Map<?, ?>>> userEvents = new java.util.concurrent.ConcurrentHashMap<>();

    RealtimeServer(SessionService sessions, AuthService auth, UserDirectory users, RealtimeSettings settings,
                   java.time.Clock clock) throws IOException {
        this.exceptions = new SocketGuard.Exceptions(clock);
        this.origins = SocketGuard.origins(settings.realtimeOrigins());
        this.sessions = sessions;
        this.auth = auth;
        this.users = users;
        this.port = settings.realtimePort() == 0 ? freePort() : settings.realtimePort();
    }

    int port() {
        return port;
    }

    static String userRoom(UUID userId) {
        return "user:" + userId;
    }

    static String profileRoom(UUID userId) {
        return "profile:" + userId;
    }

    /** Sends to the sockets of this node that are in the room. */
    void deliverLocally(String room, String event, Map<String, Object> payload) {
        SocketIOServer s = server;
        if (s != null) s.getRoomOperations(room).sendEvent(event, payload);
    }

    /** Connections closed because their client sent what could not be decoded. */
    long refusedFrames() {
        return exceptions.refused();
    }

    /** Handles {@code event} from signed-in sockets (others are ignored) off the socket thread, with the sender's user id. */
    void onUserEvent(String event, java.util.function.BiConsumer<UUID, Map<?, ?>> handler) {
        userEvents.put(event, handler);
    }

    int connectedClients() {
        SocketIOServer s = server;
        return s == null ? 0 : s.getAllClients().size();
    }

    @Override
    public void start() {
        Configuration config = new Configuration();
        config.setHostname("0.0.0.0");
        config.setPort(port);
        config.setPingInterval(25_000);
        config.setPingTimeout(20_000);
        config.setMaxFramePayloadLength(64 * 1024);
        config.setMaxHttpContentLength(64 * 1024);
        config.setWebsocketCompression(false);
        config.setAddVersionHeader(false);
        // only pages that passed the origin guard get here, so reflecting their Origin is safe
        config.setEnableCors(true);
        config.setExceptionListener(exceptions);
        config.getSocketConfig().setReuseAddress(true);
        SocketIOServer s = new SocketIOServer(config);
        s.setPipelineFactory(new SocketGuard.Initializer(origins));
        s.getNamespace("").addAuthTokenListener(this::authenticate);
        // read as any JSON value: a string or an array where an object belongs is ignored, not a decoding error
        s.addEventListener("profile:watch", Object.class, (client, data, ack) -> watch(client, data, true));
        s.addEventListener("profile:unwatch", Object.class, (client, data, ack) -> watch(client, data, false));
        // the same for the events other modules register: only an object payload from a signed-in socket reaches them
        userEvents.forEach((event, handler) -> s.addEventListener(event, Object.class, (client, data, ack) -> {
            UUID userId = client.get(USER_ATTRIBUTE);
            if (userId != null && data instanceof Map<?, ?> map) blocking.execute(() -> handler.accept(userId, map));
        }));
        s.start();
        server = s;
        log.info("Socket.IO listening on port {}", port);
    }

    /**
     * Runs for clients that offer {@code auth} in the connect packet. {@code {token}} must be a valid
     * session token (else {@code connect_error}); without one, the web app's session cookie counts if
     * the handshake comes from a page of the same host (the socket has its own port, and the cookie,
     * HttpOnly and SameSite=Lax, is never readable by the page). A missing or stale cookie: anonymous.
     */
    private AuthTokenResult authenticate(Object authToken, SocketIOClient client) {
        Object token = authToken instanceof Map<?, ?> m ? m.get("token") : null;
        if (token == null) {
            fromCookie(client.getHandshakeData().getHttpHeaders()).flatMap(t -> sessions.authenticate(t, false))
                    .ifPresent(user -> join(client, user));
            return AuthTokenResult.AuthTokenResultSuccess;
        }
        Optional<AuthUser> user = token instanceof String t ? sessions.authenticate(t, false) : Optional.empty();
        if (user.isEmpty()) return new AuthTokenResult(false, Map.of("message", "invalid or expired session token"));
        join(client, user.get());
        return AuthTokenResult.AuthTokenResultSuccess;
    }

    private static void join(SocketIOClient client, AuthUser user) {
        client.set(USER_ATTRIBUTE, user.id());
        if (user.sessionId() != null) client.set(SESSION_ATTRIBUTE, user.sessionId());
        client.joinRoom(userRoom(user.id()));
    }

    /** Closes this node's sockets of a session that ended (logout): they stop hearing that user's events at once. */
    void disconnectSession(UUID sessionId) {
        SocketIOServer running = server;
        if (running == null) return;
        for (SocketIOClient client : running.getAllClients()) {
            if (sessionId.equals(client.get(SESSION_ATTRIBUTE))) client.disconnect();
        }
    }

    /** The session cookie of a handshake whose page (Origin) is on the host the handshake was sent to. */
    static Optional<String> fromCookie(io.netty.handler.codec.http.HttpHeaders headers) {
        String cookies = headers.get("Cookie");
        if (cookies == null || !sameHost(headers.get("Origin"), headers.get("Host"))) return Optional.empty();
        return io.netty.handler.codec.http.cookie.ServerCookieDecoder.LAX.decode(cookies).stream()
                .filter(c -> SessionService.COOKIE.equals(c.name()) && !c.value().isEmpty())
                .map(io.netty.handler.codec.http.cookie.Cookie::value).findFirst();
    }

    static boolean sameHost(String origin, String host) {
        if (origin == null || host == null) return false;
        try {
            String originHost = java.net.URI.create(origin).getHost();
            String hostOnly = java.net.URI.create("http://" + host).getHost();
            return originHost != null && originHost.equalsIgnoreCase(hostOnly);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void watch(SocketIOClient client, Object data, boolean join) {
        Object raw = data instanceof Map<?, ?> m ? m.get("userId") : null;
        Optional<UUID> id = raw instanceof String s ? Ids.parseUuid(s) : Optional.empty();
        if (id.isEmpty()) return;
        if (!join) {
            client.leaveRoom(profileRoom(id.get()));
            return;
        }
        UUID viewerId = client.get(USER_ATTRIBUTE);
        blocking.execute(() -> {
            AuthUser caller = viewerId == null ? null : new AuthUser(viewerId, null, false);
            boolean exists = users.find(id.get().toString(), viewerId).isPresent();
            if (exists && AccessPolicy.canWatchProfile(auth.viewer(caller), id.get())) {
                client.joinRoom(profileRoom(id.get()));
                client.sendEvent("profile:watching", Map.of("userId", id.get().toString()));
            }
        });
    }

    @Override
    public void stop() {
        SocketIOServer s = server;
        server = null;
        if (s != null) s.stop();
        blocking.shutdown();
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
