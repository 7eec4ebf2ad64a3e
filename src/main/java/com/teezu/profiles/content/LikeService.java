package com.teezu.profiles.content;

import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.stats.CountersChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Likes are idempotent; the item's count and its creator's "likes received" move with the like row. */
@Service
public class LikeService {

    public record LikeState(boolean liked, int likes) {
    }

    private final LikeRepository likes;
    private final AuthService auth;
    private final ApplicationEventPublisher events;

    LikeService(LikeRepository likes, AuthService auth, ApplicationEventPublisher events) {
        this.likes = likes;
        this.auth = auth;
        this.events = events;
    }

    @Transactional
    public LikeState set(AuthUser caller, String contentId, boolean like) {
        if (caller == null) throw ApiProblem.unauthorized();
        if (!auth.viewer(caller).has(Permission.LIKE)) throw ApiProblem.forbidden("You may not like content");
        UUID id = Ids.parseUuid(contentId).orElseThrow(() -> ApiProblem.notFound("Content"));
        UUID creator = likes.lockCreatorOf(id).orElseThrow(() -> ApiProblem.notFound("Content"));
        boolean changed = like ? likes.insert(caller.id(), id) : likes.delete(caller.id(), id);
        if (!changed) return new LikeState(like, likes.count(id));
        int count = likes.adjust(id, creator, like ? 1 : -1);
        events.publishEvent(CountersChanged.of(creator));
        return new LikeState(like, count);
    }
}
