package com.teezu.profiles.notifications;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.content.MediaUrls;
import com.teezu.profiles.shared.ApiProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

@RestController
class NotificationController {

    record From(UUID id, String username, String displayName, String avatarUrl) {
    }

    record Item(UUID id, String type, From from, OffsetDateTime createdAt, boolean read) {
    }

    record PageView(List<Item> items, String nextCursor, int unread) {
    }

    record ReadRequest(List<UUID> ids) {
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
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 100) throw ApiProblem.invalid("limit", "must be 1–100");
        OffsetDateTime beforeAt = null;
        UUID beforeId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                beforeAt = OffsetDateTime.parse(parts[0]);
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ApiProblem.invalid("cursor", "is not a cursor this API gave out");
            }
        }
        var rows = notifications.page(caller.id(), beforeAt, beforeId, n);
        boolean more = rows.size() > n;
        var page = rows.subList(0, Math.min(n, rows.size()));
        String next = null;
        if (more) {
            var last = page.getLast();
            next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((last.createdAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
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
