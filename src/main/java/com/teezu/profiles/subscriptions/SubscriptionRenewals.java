package com.teezu.profiles.subscriptions;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.shared.database.Retry;
import com.teezu.profiles.wallet.LedgerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Renews every subscription whose period has ended and that was not cancelled: one month more at the
 * price the subscriber signed up for, charged through the ledger like the first month. When the
 * subscriber's tokens do not cover it the subscription lapses instead: it ends at its period end, the
 * creator's subscriber counter goes down and the subscriber is notified. Nothing is ever charged twice:
 * each renewal locks its row (skipping rows another node is renewing) and re-checks that it is still
 * due, in the transaction that charges. Runs every minute on every node; a node that was down catches
 * up with one charge, starting the new month from now.
 */
@Component
class SubscriptionRenewals {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRenewals.class);
    private static final int BATCH = 100;

    enum Outcome { RENEWED, LAPSED, ENDED, SKIPPED }

    record Result(int renewed, int lapsed, int ended) {
    }

    private final SubscriptionRepository subscriptions;
    private final LedgerService ledger;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubscriptionRenewals(SubscriptionRepository subscriptions, LedgerService ledger, TransactionTemplate tx,
                         ApplicationEventPublisher events, Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${teezu.renewal-interval:PT1M}", initialDelayString = "${teezu.renewal-interval:PT1M}")
    void scheduled() {
        try {
            Result r = runOnce();
            if (r.renewed() + r.lapsed() + r.ended() > 0) {
                log.info("Subscriptions: {} renewed, {} lapsed for lack of tokens, {} ended", r.renewed(), r.lapsed(), r.ended());
            }
        } catch (RuntimeException e) {
            log.warn("Subscription renewals failed; the next run tries again", e);
        }
    }

    /** Renews or ends every subscription due now. */
    Result runOnce() {
        int renewed = 0, lapsed = 0, ended = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        while (true) {
            var due = subscriptions.due(now, BATCH);
            int handled = 0;
            for (var d : due) {
                switch (Retry.onConcurrencyFailure(() -> tx.execute(status -> renew(d.subscriberId(), d.creatorId(), now)))) {
                    case RENEWED -> { renewed++; handled++; }
                    case LAPSED -> { lapsed++; handled++; }
                    case ENDED -> { ended++; handled++; }
                    case SKIPPED -> { }
                }
            }
            // a batch where nothing moved is left to whoever holds it (another node) or to the next run
            if (due.size() < BATCH || handled == 0) return new Result(renewed, lapsed, ended);
        }
    }

    private Outcome renew(UUID subscriberId, UUID creatorId, OffsetDateTime now) {
        ledger.freeze(subscriberId, creatorId); // wallets first, as every payment locks them
        var row = subscriptions.lockDue(subscriberId, creatorId, now);
        if (row.isEmpty()) return Outcome.SKIPPED; // renewed, cancelled or being renewed elsewhere meanwhile
        var s = row.get();
        if (!AccessPolicy.offersSubscriptions(com.teezu.profiles.auth.Role.fromKey(s.creatorRole().getLiteral()))) {
            subscriptions.cancel(subscriberId, creatorId, s.periodEnd());
            subscriptions.adjustSubscribers(creatorId, -1);
            return Outcome.ENDED;
        }
        // not enough tokens, a wallet frozen by a shortfall, or her own spending limit: the subscription lapses
        if (!ledger.canSpend(subscriberId, s.price())) {
            subscriptions.cancel(subscriberId, creatorId, s.periodEnd());
            subscriptions.adjustSubscribers(creatorId, -1);
            UUID notification = subscriptions.notifyLapsed(subscriberId, creatorId, now);
            events.publishEvent(new SubscriptionLapsed(subscriberId, creatorId, notification, now.toInstant(), s.creatorUsername(),
                    s.creatorDisplayName(), s.creatorAvatarKey()));
            return Outcome.LAPSED;
        }
        ledger.pay(LedgerKind.subscription, subscriberId, creatorId, s.price(), creatorId);
        OffsetDateTime start = s.periodEnd().plusMonths(1).isAfter(now) ? s.periodEnd() : now;
        subscriptions.extend(subscriberId, creatorId, start.plusMonths(1));
        return Outcome.RENEWED;
    }
}
