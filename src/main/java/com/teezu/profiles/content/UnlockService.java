package com.teezu.profiles.content;

import com.teezu.profiles.notifications.Notifications;

import com.teezu.profiles.auth.Visibility;

import com.teezu.profiles.media.MediaUrls;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.wallet.Idempotency;
import com.teezu.profiles.wallet.LedgerService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.UUID;

/**
 * Freeze &amp; Reveal: the buyer's wallet is locked ("frozen"), the price checked and charged and the
 * grant recorded in one transaction; only then is a short-lived signed URL to the original minted.
 * An item already unlocked answers the same, without a second charge.
 */
@Service
public class UnlockService {

    public record Grant(UUID contentId, boolean charged, int priceTokens, long balance) {
    }

    public record Reveal(String url, Instant expiresAt, UUID contentId, boolean charged, int priceTokens, long balance) {
    }

    private final ContentRepository content;
    private final LedgerService ledger;
    private final Idempotency idempotency;
    private final AuthService auth;
    private final MediaUrls media;
    private final Notifications notifications;

    UnlockService(ContentRepository content, LedgerService ledger, Idempotency idempotency, AuthService auth, MediaUrls media,
                  Notifications notifications) {
        this.notifications = notifications;
        this.content = content;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.auth = auth;
        this.media = media;
    }

    public Reveal unlock(AuthUser caller, String contentId, String key) {
        if (caller == null) throw ApiProblem.unauthorized();
        Idempotency.requireKey(key);
        Viewer viewer = auth.viewer(caller);
        UUID id = Ids.parseUuid(contentId).orElseThrow(() -> ApiProblem.notFound("Content"));
        var item = content.find(id).filter(i -> !i.deleted()).orElseThrow(() -> ApiProblem.notFound("Content"));
        if (viewer.is(item.creatorId())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "own-content", "Your own content", "You do not unlock your own content");
        }
        if (item.visibility() != Visibility.LOCKED) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "not-pay-per-view", "Not pay-per-view",
                    "Only locked items are unlocked; premium items open with a subscription");
        }
        Grant grant;
        if (AccessPolicy.canOpenContent(viewer, item.creatorId(), item.visibility(), false, false)) {
            grant = new Grant(id, false, 0, ledger.balanceOf(viewer.id())); // staff open everything, for free
        } else {
            if (!AccessPolicy.canSpendOn(viewer, item.creatorId(), Permission.UNLOCK_CONTENT)) {
                throw ApiProblem.forbidden("You may not unlock content");
            }
            grant = idempotency.once(viewer.id(), key, "POST /api/content/" + id + "/unlock", Grant.class, () -> {
                ledger.freeze(viewer.id(), item.creatorId()); // a concurrent unlock by the same buyer waits here
                if (content.unlocked(viewer.id(), id)) return new Grant(id, false, item.priceTokens(), ledger.balanceOf(viewer.id()));
                var paid = ledger.pay(LedgerKind.unlock, viewer.id(), item.creatorId(), item.priceTokens(), id);
                content.grant(viewer.id(), id, item.priceTokens(), paid.transactionId());
                notifications.notify(item.creatorId(), Notifications.CONTENT_UNLOCKED, viewer.id());
                return new Grant(id, true, item.priceTokens(), paid.payerBalance());
            });
        }
        var signed = media.signFresh(item.mediaKey());
        return new Reveal(signed.url(), signed.expiresAt(), id, grant.charged(), grant.priceTokens(), grant.balance());
    }
}
