package com.teezu.profiles.subscriptions;

import com.teezu.profiles.notifications.Notifications;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.database.Retry;
import com.teezu.profiles.users.UserDirectory;
import com.teezu.profiles.wallet.LedgerService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Monthly subscriptions in tokens. Subscribing charges the first month at once; cancelling stops the
 * renewal but keeps access until the period ends. The creator's subscriber counter counts the
 * subscriptions that are not cancelled, and moves with them in the same transaction.
 */
@Service
public class SubscriptionService {

    /** A creator's monthly price until she sets one (the profile shows it to every visitor). */
    public static final int DEFAULT_MONTHLY_PRICE = 100;

    public record State(boolean subscribed, boolean renews, @Nullable OffsetDateTime currentPeriodEnd, int priceTokens, boolean charged,
                        long balance) {
    }

    private final SubscriptionRepository subscriptions;
    private final LedgerService ledger;
    private final AuthService auth;
    private final UserDirectory users;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Notifications notifications;

    SubscriptionService(SubscriptionRepository subscriptions, LedgerService ledger, AuthService auth, UserDirectory users,
                        TransactionTemplate tx, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.auth = auth;
        this.users = users;
        this.tx = tx;
        this.clock = clock;
    }

    public State subscribe(AuthUser caller, String creatorRef) {
        Viewer viewer = checkedViewer(caller);
        var creator = creatorOffering(creatorRef, caller);
        if (viewer.is(creator.id())) throw new ApiProblem(HttpStatus.BAD_REQUEST, "self-subscribe", "Cannot subscribe to yourself", "You cannot subscribe to yourself");
        if (!AccessPolicy.canSpendOn(viewer, creator.id(), Permission.SUBSCRIBE)) throw ApiProblem.forbidden("You may not subscribe");
        return Retry.onConcurrencyFailure(() -> tx.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            ledger.freeze(viewer.id(), creator.id());
            var existing = subscriptions.lock(viewer.id(), creator.id());
            if (existing.isPresent() && existing.get().canceledAt() == null) {
                var e = existing.get();
                return new State(true, true, e.periodEnd(), e.price(), false, ledger.balanceOf(viewer.id()));
            }
            if (existing.isPresent() && existing.get().periodEnd().isAfter(now)) {
                subscriptions.resume(viewer.id(), creator.id()); // cancelled but paid up: renew again, no charge now
                subscriptions.adjustSubscribers(creator.id(), +1);
                var e = existing.get();
                return new State(true, true, e.periodEnd(), e.price(), false, ledger.balanceOf(viewer.id()));
            }
            int price = subscriptions.monthlyPrice(creator.id(), DEFAULT_MONTHLY_PRICE);
            var paid = ledger.pay(LedgerKind.subscription, viewer.id(), creator.id(), price, creator.id());
            OffsetDateTime end = now.plusMonths(1);
            subscriptions.start(viewer.id(), creator.id(), price, now, end);
            subscriptions.adjustSubscribers(creator.id(), +1);
            notifications.notify(creator.id(), Notifications.NEW_SUBSCRIBER, viewer.id());
            return new State(true, true, end, price, true, paid.payerBalance());
        }));
    }

    /**
     * The caller's subscription to this creator as it stands, with the price a new one would cost
     * (the web app shows it before anyone pays); nothing is charged or changed.
     */
    public State state(AuthUser caller, String creatorRef) {
        Viewer viewer = checkedViewer(caller);
        var creator = creatorOffering(creatorRef, caller);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long balance = ledger.balanceOf(viewer.id());
        return subscriptions.find(viewer.id(), creator.id())
                .filter(e -> e.periodEnd().isAfter(now))
                .map(e -> new State(true, e.canceledAt() == null, e.periodEnd(), e.price(), false, balance))
                .orElseGet(() -> new State(false, false, null, subscriptions.monthlyPrice(creator.id(), DEFAULT_MONTHLY_PRICE), false, balance));
    }

    public State cancel(AuthUser caller, String creatorRef) {
        Viewer viewer = checkedViewer(caller);
        var creator = users.require(creatorRef, AuthUser.idOf(caller));
        return Retry.onConcurrencyFailure(() -> tx.execute(status -> {
            var existing = subscriptions.lock(viewer.id(), creator.id());
            if (existing.isEmpty()) return new State(false, false, null, 0, false, ledger.balanceOf(viewer.id()));
            var e = existing.get();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (e.canceledAt() == null) {
                subscriptions.cancel(viewer.id(), creator.id(), now);
                subscriptions.adjustSubscribers(creator.id(), -1);
            }
            return new State(e.periodEnd().isAfter(now), false, e.periodEnd(), e.price(), false, ledger.balanceOf(viewer.id()));
        }));
    }

    /** The user behind the reference, who must be someone with subscriptions to offer (a creator). */
    private UserDirectory.UserRef creatorOffering(String creatorRef, AuthUser caller) {
        var creator = users.require(creatorRef, AuthUser.idOf(caller));
        if (!AccessPolicy.offersSubscriptions(creator.role())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "not-a-creator", "Not a creator", "Only creators have subscriptions");
        }
        return creator;
    }

    private Viewer checkedViewer(AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        return auth.viewer(caller);
    }
}
