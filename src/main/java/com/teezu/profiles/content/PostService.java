package com.teezu.profiles.content;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.auth.Visibility;
import com.teezu.profiles.media.MediaService;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.stats.CountersChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A creator publishes and deletes posts; the pictures are stored first, the row written after, in its own transaction. */
@Service
public class PostService {

    public record Published(UUID id, Visibility visibility, @Nullable Integer priceTokens) {
    }

    private final MediaService media;
    private final ContentRepository content;
    private final AuthService auth;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    PostService(MediaService media, ContentRepository content, AuthService auth, ApplicationEventPublisher events,
                Clock clock, TransactionTemplate tx) {
        this.media = media;
        this.content = content;
        this.auth = auth;
        this.events = events;
        this.clock = clock;
        this.tx = tx;
    }

    /** The fields were checked where the request entered; here the rules between them and the caller's role. */
    public Published publish(AuthUser caller, byte[] file, String title, Visibility visibility, Integer price) {
        if (caller == null) throw ApiProblem.unauthorized();
        Viewer viewer = auth.viewer(caller);
        if (!viewer.has(Permission.PUBLISH_CONTENT)) throw ApiProblem.forbidden("Only creators publish content");
        if (visibility == Visibility.LOCKED && price == null) {
            throw ApiProblem.invalid("priceTokens", "a locked item needs a price of 1–100,000 tokens");
        }
        if (visibility != Visibility.LOCKED && price != null) throw ApiProblem.invalid("priceTokens", "only locked items have a price");
        var files = media.storeContent(file);
        UUID id = tx.execute(status -> {
            UUID created = content.publish(viewer.id(), title, visibility, price, files.mediaKey(), files.thumbKey(), files.blurKey());
            events.publishEvent(CountersChanged.of(viewer.id()));
            return created;
        });
        return new Published(id, visibility, price);
    }

    @Transactional
    public void delete(AuthUser caller, String contentId) {
        if (caller == null) throw ApiProblem.unauthorized();
        UUID id = Ids.parseUuid(contentId).orElseThrow(() -> ApiProblem.notFound("Content"));
        var item = content.find(id).filter(i -> !i.deleted()).orElseThrow(() -> ApiProblem.notFound("Content"));
        if (!AccessPolicy.canDeleteContent(auth.viewer(caller), item.creatorId())) {
            throw ApiProblem.forbidden("Only its creator deletes an item");
        }
        content.delete(id, OffsetDateTime.now(clock));
        events.publishEvent(CountersChanged.of(item.creatorId()));
    }
}
