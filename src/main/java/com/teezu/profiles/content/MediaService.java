package com.teezu.profiles.content;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.db.enums.ContentVisibility;
import com.teezu.profiles.shared.ApiProblem;
import com.teezu.profiles.shared.FieldError;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.stats.CountersChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Avatars, covers and content items: every file is checked, re-encoded, stored under a key we make. */
@Service
public class MediaService {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    public record Published(UUID id, String visibility, Integer priceTokens) {
    }

    private final MediaStorage storage;
    private final ContentRepository content;
    private final AuthService auth;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    MediaService(MediaStorage storage, ContentRepository content, AuthService auth, ApplicationEventPublisher events, Clock clock,
                 TransactionTemplate tx) {
        this.storage = storage;
        this.tx = tx;
        this.content = content;
        this.auth = auth;
        this.events = events;
        this.clock = clock;
    }

    /*
     * Decoding, re-encoding and storing happen before any database work and outside a transaction: no
     * pool connection waits on image work or on the media store. Files of a request that then fails are
     * never referenced, so nobody can reach them.
     */

    public String setAvatar(AuthUser caller, byte[] file) {
        if (caller == null) throw ApiProblem.unauthorized();
        var image = Images.decode(file);
        String key = "avatars/" + UUID.randomUUID() + "/avatar.jpg";
        put(key, Images.thumbnail(square(image), 512));
        content.setAvatar(caller.id(), key);
        return key;
    }

    public String setCover(AuthUser caller, byte[] file) {
        if (caller == null) throw ApiProblem.unauthorized();
        var image = Images.decode(file);
        String key = "covers/" + UUID.randomUUID() + "/cover.jpg";
        put(key, Images.thumbnail(image, 1600));
        content.setCover(caller.id(), key);
        return key;
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
        var image = Images.decode(file);
        UUID folder = UUID.randomUUID();
        var original = Images.encode(image);
        String mediaKey = "content/" + folder + "/original." + original.extension();
        String thumbKey = "content/" + folder + "/thumb.jpg";
        String blurKey = "content/" + folder + "/blur.jpg";
        put(mediaKey, original.bytes());
        put(thumbKey, Images.thumbnail(image, 480));
        put(blurKey, Images.blurred(image, 480));
        ContentVisibility chosen = v;
        UUID id = tx.execute(status -> {
            UUID created = content.publish(viewer.id(), title, chosen, price, mediaKey, thumbKey, blurKey);
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

    private void put(String key, byte[] bytes) {
        try {
            storage.put(key, bytes);
        } catch (IOException e) {
            log.warn("Media {} could not be stored: {}", key, e.getMessage());
            throw ApiProblem.unavailable("media-unavailable", "The media store cannot be reached; nothing was saved, try again shortly");
        }
    }

    private static java.awt.image.BufferedImage square(java.awt.image.BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        return image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
    }
}
