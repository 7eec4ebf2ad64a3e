package com.teezu.profiles.follow;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.auth.Consent;
import com.teezu.profiles.shared.ApiProblem;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.PageCursor;
import org.springframework.dao.DataIntegrityViolationException;
import com.teezu.profiles.shared.Retry;
import com.teezu.profiles.shared.UserDirectory;
import com.teezu.profiles.stats.CountersChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Follow, unfollow and toggle. The follow row and both counters change in one transaction; a
 * transaction that loses a deadlock or serialization race is retried, never reported to the client.
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
    private final AuthService auth;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FollowService(FollowRepository follows, AuthService auth, UserDirectory users, ApplicationEventPublisher events,
                  TransactionTemplate tx, Clock clock) {
        this.follows = follows;
        this.auth = auth;
        this.users = users;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Hot path, kept to four statements in one transaction (delete or insert, both counters, the
     * notification): the caller's role comes with her session, the target's existence from the
     * foreign key, and a toggle tries the unfollow first.
     */
    public Result apply(AuthUser caller, String id, Action action) {
        if (caller == null) throw ApiProblem.unauthorized();
        UUID target = Ids.parseUuid(id).orElseGet(() -> users.require(id, caller).id());
        Viewer viewer = caller.role() != null ? new Viewer(caller.id(), caller.role(), false, Consent.NONE) : auth.viewer(caller);
        if (viewer.is(target)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "self-follow", "Cannot follow yourself", "You cannot follow yourself");
        }
        if (!AccessPolicy.canFollow(viewer, target)) throw ApiProblem.forbidden("You may not follow");
        UUID me = viewer.id();
        try {
            return Retry.onConcurrencyFailure(() -> tx.execute(status -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                if (action != Action.FOLLOW && follows.delete(me, target)) {
                    int count = follows.adjust(me, target, -1);
                    events.publishEvent(CountersChanged.of(me, target));
                    return new Result(false, count);
                }
                if (action == Action.UNFOLLOW) {
                    if (!follows.userExists(target)) throw ApiProblem.notFound("User");
                    return new Result(false, follows.followerCount(target));
                }
                if (!follows.insert(me, target, now)) return new Result(true, follows.followerCount(target));
                int count = follows.adjust(me, target, +1);
                var notified = follows.notifyOnce(target, me, now);
                events.publishEvent(new Followed(me, target, notified.isPresent(),
                        notified.map(FollowRepository.Notified::notificationId).orElse(null), now.toInstant(),
                        notified.map(n -> new Followed.Follower(n.username(), n.displayName(), n.avatarKey())).orElse(null)));
                events.publishEvent(CountersChanged.of(me, target));
                return new Result(true, count);
            }));
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.notFound("User"); // the follows row's foreign key: there is no such user
        }
    }

    public Page followers(String id, AuthUser caller, String cursor, Integer limit) {
        UUID userId = users.require(id, caller).id();
        var c = PageCursor.decode(cursor);
        var page = follows.followers(userId, c == null ? null : c.at(), c == null ? null : c.uuid(), PageCursor.limit(limit));
        return toPage(page);
    }

    public Page following(String id, AuthUser caller, String cursor, Integer limit) {
        UUID userId = users.require(id, caller).id();
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
