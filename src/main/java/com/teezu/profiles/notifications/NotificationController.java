package com.teezu.profiles.notifications;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.media.MediaUrls;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.PageCursor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class NotificationController {

    record From(UUID id, String username, String displayName, @Nullable String avatarUrl) {
    }

    record Item(UUID id, String type, @Nullable From from, OffsetDateTime createdAt, boolean read) {
    }

    record PageView(List<Item> items, @Nullable String nextCursor, int unread) {
    }

    /** No ids (or no body): all of them. */
    record ReadRequest(@Nullable List<UUID> ids) {
    }

    record ReadView(int marked, int unread) {
    }

    private final NotificationRepository notifications;
    private final MediaUrls media;
    private final Clock clock;

    NotificationController(NotificationRepository notifications, MediaUrls media, Clock clock) {
        this.notifications = notifications;
        this.media = media;
        this.clock = clock;
    }

    @GetMapping("/api/notifications")
    PageView list(@AuthenticationPrincipal AuthUser caller, @RequestParam(required = false) String cursor,
                  @RequestParam(required = false) Integer limit) {
        if (caller == null) throw ApiProblem.unauthorized();
        int n = PageCursor.limit(limit);
        var c = PageCursor.decode(cursor);
        var rows = notifications.page(caller.id(), c == null ? null : c.at(), c == null ? null : c.uuid(), n);
        boolean more = rows.size() > n;
        var page = rows.subList(0, Math.min(n, rows.size()));
        String next = null;
        if (more) {
            var last = page.getLast();
            next = new PageCursor(last.createdAt(), last.id().toString()).encode();
        }
        return new PageView(page.stream().map(r -> new Item(r.id(), r.type(),
                r.actorId() == null ? null : new From(r.actorId(), r.actorUsername(), r.actorDisplayName(),
                        r.actorAvatarKey() == null ? null : media.url(r.actorAvatarKey())),
                r.createdAt(), r.readAt() != null)).toList(), next, notifications.unread(caller.id()));
    }

    /** Marks the given notifications read, or all of them when no ids are given. */
    @PostMapping("/api/notifications/read")
    ReadView read(@AuthenticationPrincipal AuthUser caller, @RequestBody(required = false) ReadRequest body) {
        if (caller == null) throw ApiProblem.unauthorized();
        int marked = notifications.markRead(caller.id(), body == null ? null : body.ids(), OffsetDateTime.now(clock));
        return new ReadView(marked, notifications.unread(caller.id()));
    }
}
