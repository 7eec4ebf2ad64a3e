package com.teezu.profiles.gifts;

import com.teezu.profiles.notifications.Notifications;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.users.UserDirectory;
import com.teezu.profiles.wallet.Idempotency;
import com.teezu.profiles.wallet.LedgerService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

@Service
public class GiftService {

    public record GiftType(String key, String emoji, String label, int priceTokens) {
    }

    public record VaultEntry(String type, String emoji, String label, int count) {
    }

    public record Sent(GiftView gift, int count, long balance, UUID transactionId) {
    }

    public record GiftView(String type, String emoji, String label, int priceTokens) {
    }

    private final GiftRepository gifts;
    private final LedgerService ledger;
    private final Idempotency idempotency;
    private final AuthService auth;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;

    GiftService(GiftRepository gifts, LedgerService ledger, Idempotency idempotency, AuthService auth, UserDirectory users,
                ApplicationEventPublisher events, Notifications notifications) {
        this.notifications = notifications;
        this.gifts = gifts;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.auth = auth;
        this.users = users;
        this.events = events;
    }

    public List<GiftType> types() {
        return gifts.types();
    }

    /** The public vault: at most 10 gift types, most received first. */
    public List<VaultEntry> vault(UUID userId) {
        return gifts.vault(userId);
    }

    /**
     * Sends one gift: the sender pays its price, the creator gets her share, the platform the rest,
     * the vault and her all-time tips count it. Once per Idempotency-Key.
     */
    public Sent send(AuthUser caller, String recipient, String type, String idempotencyKey) {
        if (caller == null) throw ApiProblem.unauthorized();
        Idempotency.requireKey(idempotencyKey);
        Viewer viewer = auth.viewer(caller);
        var to = users.require(recipient, AuthUser.idOf(caller));
        if (viewer.is(to.id())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "self-gift", "Cannot gift yourself", "You cannot send yourself a gift");
        }
        if (!AccessPolicy.canSpendOn(viewer, to.id(), Permission.SEND_GIFT)) throw ApiProblem.forbidden("You may not send gifts");
        if (!AccessPolicy.canReceiveGifts(to.role())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "not-a-creator", "Not a creator", "Gifts go to creators");
        }
        if (type == null) throw ApiProblem.invalid("type", "is required");
        GiftType giftType = gifts.type(type).orElseThrow(() -> ApiProblem.invalid("type", "unknown gift type; see /api/catalog"));
        return idempotency.once(viewer.id(), idempotencyKey, "POST /api/users/" + to.id() + "/gifts " + type, Sent.class, () -> {
            var paid = ledger.pay(LedgerKind.gift, viewer.id(), to.id(), giftType.priceTokens(), null);
            int count = gifts.record(viewer.id(), to.id(), giftType, paid.transactionId());
            events.publishEvent(new GiftReceived(to.id(), giftType.key(), giftType.emoji(), giftType.label(), count));
            notifications.notify(to.id(), Notifications.GIFT_RECEIVED, viewer.id());
            return new Sent(new GiftView(giftType.key(), giftType.emoji(), giftType.label(), giftType.priceTokens()),
                    count, paid.payerBalance(), paid.transactionId());
        });
    }
}
