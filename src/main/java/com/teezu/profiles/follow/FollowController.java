package com.teezu.profiles.follow;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.media.MediaUrls;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class FollowController {

    record Item(UUID id, String username, String displayName, @Nullable String avatarUrl, OffsetDateTime followedAt) {
    }

    /** {@code nextCursor}: null on the last page. */
    record PageView(List<Item> items, @Nullable String nextCursor) {
    }

    private final FollowService follows;
    private final MediaUrls media;

    FollowController(FollowService follows, MediaUrls media) {
        this.follows = follows;
        this.media = media;
    }

    @PostMapping("/api/users/{id}/follow")
    FollowService.Result toggle(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return follows.apply(caller, id, FollowService.Action.TOGGLE);
    }

    @PutMapping("/api/users/{id}/follow")
    FollowService.Result follow(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return follows.apply(caller, id, FollowService.Action.FOLLOW);
    }

    @DeleteMapping("/api/users/{id}/follow")
    FollowService.Result unfollow(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return follows.apply(caller, id, FollowService.Action.UNFOLLOW);
    }

    @GetMapping("/api/users/{id}/followers")
    PageView followers(@PathVariable String id, @RequestParam(required = false) String cursor,
                       @RequestParam(required = false) Integer limit, @AuthenticationPrincipal AuthUser caller) {
        return view(follows.followers(id, caller, cursor, limit));
    }

    @GetMapping("/api/users/{id}/following")
    PageView following(@PathVariable String id, @RequestParam(required = false) String cursor,
                       @RequestParam(required = false) Integer limit, @AuthenticationPrincipal AuthUser caller) {
        return view(follows.following(id, caller, cursor, limit));
    }

    private PageView view(FollowService.Page page) {
        return new PageView(page.items().stream().map(e -> new Item(e.id(), e.username(), e.displayName(),
                e.avatarKey() == null ? null : media.url(e.avatarKey()), e.followedAt())).toList(), page.nextCursor());
    }
}
