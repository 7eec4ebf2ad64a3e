package com.teezu.profiles.profile;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.users.UserDirectory;
import com.teezu.profiles.stats.CountersChanged;
import com.teezu.profiles.teezer.TeezerChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Going live and off: one stream session per broadcast; its length is added to the stream hours once. */
@Service
public class LiveService {

    public record LiveState(boolean live, BigDecimal streamHours) {
    }

    private final LiveRepository live;
    private final AuthService auth;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiveService(LiveRepository live, AuthService auth, UserDirectory users, ApplicationEventPublisher events, Clock clock) {
        this.live = live;
        this.auth = auth;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LiveState setLive(AuthUser caller, String id, boolean on) {
        if (caller == null) throw ApiProblem.unauthorized();
        UUID userId = users.require(id, AuthUser.idOf(caller)).id();
        if (!AccessPolicy.canControlOwnStream(auth.viewer(caller), userId)) {
            throw ApiProblem.forbidden("Only a creator can go live, on her own profile");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (on) {
            if (live.open(userId, now)) {
                events.publishEvent(new ProfileEvents.LiveChanged(userId, true));
                events.publishEvent(new TeezerChanged(userId));
            }
        } else if (live.close(userId, now).isPresent()) {
            events.publishEvent(new ProfileEvents.LiveChanged(userId, false));
            events.publishEvent(new TeezerChanged(userId));
            events.publishEvent(CountersChanged.of(userId));
        }
        return new LiveState(on, live.streamHours(userId));
    }
}
