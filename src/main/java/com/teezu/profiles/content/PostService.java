package com.teezu.profiles.content;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.media.MediaService;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.FieldError;
import com.teezu.profiles.stats.CountersChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A creator publishes and deletes posts; the pictures are stored first, the row written after, in its own transaction. */
@Service
public class PostService {

    public record Published(UUID id, String visibility, @Nullable Integer priceTokens) {
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

    public Published publish(AuthUser caller, byte[] file, String title, String visibility, Integer price) {
        if (caller == null) throw ApiProblem.unauthorized();
        Viewer viewer = auth.viewer(caller);
        if (!viewer.has(Permission.PUBLISH_CONTENT)) throw ApiProblem.forbidden("Only creators publish content");
        List<FieldError> errors = new ArrayList<>();
        ContentVisibility v = null;
        if (visibility == null || !List.of("public", "premium", "locked").contains(visibility)) {
            errors.add(new FieldError("visibility", "must be public, premium or locked"));
        } else {
            v = ContentVisibility.lookupLiteral(visibility);
        }
        if ("locked".equals(visibility) && (price == null || price < 1 || price > 100_000)) {
            errors.add(new FieldError("priceTokens", "a locked item needs a price of 1–100,000 tokens"));
        }
        if (!"locked".equals(visibility) && price != null) errors.add(new FieldError("priceTokens", "only locked items have a price"));
        if (title != null && (title.codePointCount(0, title.length()) > 120 || title.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("title", "at most 120 characters, no control characters"));
        }
        if (!errors.isEmpty()) throw ApiProblem.invalid(errors);
        var files = media.storeContent(file);
        ContentVisibility chosen = v;
        UUID id = tx.execute(status -> {
            UUID created = content.publish(viewer.id(), title, chosen, price, files.mediaKey(), files.thumbKey(), files.blurKey());
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
        if (!AccessPolicy.canDeleteContent(new Viewer(caller.id(), null, false, null), item.creatorId())) {
            throw ApiProblem.forbidden("Only its creator deletes an item");
        }
        content.delete(id, OffsetDateTime.now(clock));
        events.publishEvent(CountersChanged.of(item.creatorId()));
    }
}
