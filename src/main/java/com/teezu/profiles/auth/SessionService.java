package com.teezu.profiles.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues, checks and revokes session tokens. A token's (session, user, expiry) is immutable, so a
 * checked token is remembered for a while: the profile read then costs one database round trip.
 * Logging out forgets it at once on this node and, through {@link SessionRevoked} carried over Redis,
 * on the others; a node that was cut off from Redis forgets every token when it reconnects (it may
 * have missed a revocation). {@link #CACHE_TTL} only bounds how long a node without Redis trusts a
 * token that another node revoked.
 */
@Service
public class SessionService {

    /** The HttpOnly cookie that carries the session token for the web app (HTTP and its socket). */
    public static final String COOKIE = "teezu_session";


    static final Duration CACHE_TTL = Duration.ofMinutes(5);

    public record IssuedSession(UUID sessionId, String token, String csrfToken, OffsetDateTime expiresAt) {
    }

    /** Published when a session ends, so every node forgets the token and closes its sockets at once. */
    public record SessionRevoked(String tokenHashHex, UUID sessionId) {
    }

    private record Cached(UUID sessionId, UUID userId, OffsetDateTime expiresAt, Role role) {
    }

    private final SessionRepository sessions;
    private final AuthSettings settings;
    private final Clock clock;
    private final Cache<String, Cached> cache = Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TTL).maximumSize(100_000).build();

    SessionService(SessionRepository sessions, AuthSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedSession issue(UUID userId) {
        String token = Tokens.newToken();
        OffsetDateTime expires = OffsetDateTime.now(clock).plus(settings.sessionTtl());
        UUID id = sessions.create(userId, Tokens.hash(token), expires);
        return new IssuedSession(id, token, Tokens.csrfFor(token), expires);
    }

    /** The user behind a token, if it is a live session. */
    public Optional<AuthUser> authenticate(String token, boolean viaCookie) {
        if (!Tokens.looksLikeToken(token)) return Optional.empty();
        byte[] hash = Tokens.hash(token);
        String key = HexFormat.of().formatHex(hash);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Cached hit = cache.getIfPresent(key);
        if (hit == null) {
            hit = sessions.findLive(hash, now).map(s -> new Cached(s.id(), s.userId(), s.expiresAt(), s.role())).orElse(null);
            if (hit == null) return Optional.empty();
            cache.put(key, hit);
        }
        if (!hit.expiresAt().isAfter(now)) {
            cache.invalidate(key);
            return Optional.empty();
        }
        return Optional.of(new AuthUser(hit.userId(), hit.sessionId(), viaCookie, hit.role()));
    }

    public boolean csrfMatches(String token, String csrfHeader) {
        return csrfHeader != null && java.security.MessageDigest.isEqual(
                Tokens.csrfFor(token).getBytes(), csrfHeader.getBytes());
    }

    public String csrfFor(String token) {
        return Tokens.csrfFor(token);
    }

    /** Ends the session of this token; returns the event to broadcast to other nodes. */
    public SessionRevoked revoke(String token, UUID sessionId) {
        sessions.delete(sessionId);
        String key = HexFormat.of().formatHex(Tokens.hash(token));
        cache.invalidate(key);
        return new SessionRevoked(key, sessionId);
    }

    /** Another node ended a session. */
    public void forget(SessionRevoked revoked) {
        cache.invalidate(revoked.tokenHashHex());
    }

    /** Revocations may have been missed (this node was cut off from the others): check every token again. */
    public void forgetAll() {
        cache.invalidateAll();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        sessions.deleteExpired(OffsetDateTime.now(clock));
    }
}
