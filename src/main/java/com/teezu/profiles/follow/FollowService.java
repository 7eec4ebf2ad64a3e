package com.teezu.profiles.follow;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.auth.Viewers;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.PageCursor;
import com.teezu.profiles.shared.database.Retry;
import com.teezu.profiles.users.UserDirectory;
import com.teezu.profiles.stats.CountersChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Follow, unfollow and toggle. The follow row, both counters and the notification change in one
 * statement; one that loses a deadlock or serialization race is retried, never reported to the client.
 */
@Service
public class FollowService {

    public enum Action { FOLLOW, UNFOLLOW, TOGGLE }

    public record Result(boolean following, int followerCount) {
    }

    public record Entry(UUID id, String username, String displayName, String avatarKey, OffsetDateTime followedAt) {
    }

    public record Page(java.util.List<Entry> items, String nextCursor) {
    }

    private final FollowRepository follows;
    private final Viewers viewers;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowService(FollowRepository follows, Viewers viewers, UserDirectory users, ApplicationEventPublisher events,
                  Clock clock) {
        this.follows = follows;
        this.viewers = viewers;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Hot path: one SQL statement in autocommit (see {@link FollowRepository#change}) does the delete or
     * insert, both counters and the notification; the caller's role comes with her session. Events go
     * out after it has committed.
     */
    public Result apply(AuthUser caller, String id, Action action) {
        if (caller == null) throw ApiProblem.unauthorized();
        UUID target = Ids.parseUuid(id).orElseGet(() -> users.require(id, AuthUser.idOf(caller)).id());
        Viewer viewer = viewers.byRoleOnly(caller);
        if (viewer.is(target)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "self-follow", "Cannot follow yourself", "You cannot follow yourself");
        }
        if (!AccessPolicy.canFollow(viewer, target)) throw ApiProblem.forbidden("You may not follow");
        UUID me = viewer.id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var changed = Retry.onConcurrencyFailure(() -> follows.change(me, target, now, action));
        if (!changed.targetExists()) throw ApiProblem.notFound("User");
        if (changed.inserted()) {
            boolean notifies = changed.notificationId() != null;
            events.publishEvent(new Followed(me, target, notifies, changed.notificationId(), now.toInstant(),
                    notifies ? new Followed.Follower(changed.username(), changed.displayName(), changed.avatarKey()) : null));
        }
        if (changed.inserted() || changed.deleted()) {
            events.publishEvent(changed.follower() != null && changed.followee() != null
                    ? CountersChanged.known(changed.follower(), changed.followee()) : CountersChanged.of(me, target));
        }
        boolean following = changed.inserted() || (!changed.deleted() && action != Action.UNFOLLOW);
        return new Result(following, changed.followerCount());
    }

    public Page followers(String id, AuthUser caller, String cursor, Integer limit) {
        UUID userId = users.require(id, AuthUser.idOf(caller)).id();
        var c = PageCursor.decode(cursor);
        var page = follows.followers(userId, c == null ? null : c.at(), c == null ? null : c.uuid(), PageCursor.limit(limit));
        return toPage(page);
    }

    public Page following(String id, AuthUser caller, String cursor, Integer limit) {
        UUID userId = users.require(id, AuthUser.idOf(caller)).id();
        var c = PageCursor.decode(cursor);
        var page = follows.following(userId, c == null ? null : c.at(), c == null ? null : c.uuid(), PageCursor.limit(limit));
        return toPage(page);
    }

    private static Page toPage(FollowRepository.Page page) {
        String next = null;
        if (page.more() && !page.items().isEmpty()) {
            Entry last = page.items().getLast();
            next = new PageCursor(last.followedAt(), last.id().toString()).encode();
        }
        return new Page(page.items(), next);
    }
}
