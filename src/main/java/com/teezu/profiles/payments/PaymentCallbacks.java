package com.teezu.profiles.payments;

import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.db.enums.PurchaseState;
import com.teezu.profiles.shared.database.Retry;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.wallet.LedgerService;
import org.jooq.JSONB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.teezu.profiles.payments.PaymentProvider.Event;

/**
 * A provider's callback, credited exactly once: the signature (and timestamp) is checked by the
 * provider's adapter, then, in one transaction under the purchase's row lock, the event is claimed by
 * its key (a second delivery changes nothing) and the purchase moves on. A sale credits the tokens; a
 * refund or chargeback of a paid purchase takes them back through the ledger (never below zero: the
 * rest is a shortfall); a refund that arrives before its sale marks the purchase so the sale never
 * credits. Every callback is kept, without its signature, with what became of it.
 */
@Service
public class PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

    /** What the provider is told: handled (or a duplicate it may forget). */
    public enum Outcome { handled, duplicate }

    private final Providers providers;
    private final PaymentsRepository repo;
    private final LedgerService ledger;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    PaymentCallbacks(Providers providers, PaymentsRepository repo, LedgerService ledger, TransactionTemplate tx,
                     ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.providers = providers;
        this.repo = repo;
        this.ledger = ledger;
        this.tx = tx;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public Outcome receive(String providerName, Map<String, String> params) {
        PaymentProvider provider = providers.named(providerName).orElseThrow(() -> ApiProblem.notFound("Payment provider"));
        JSONB raw = withoutSecrets(params);
        PaymentProvider.Callback callback;
        try {
            callback = provider.read(params, clock.instant());
        } catch (PaymentProvider.Refused refused) {
            // kept beside the purchase it names, if it names one (its claim is not believed, only filed)
            throw refuse(provider, raw, com.teezu.profiles.shared.Ids.parseUuid(params.get("referenceID")).orElse(null), refused);
        }
        try {
            String outcome = Retry.onConcurrencyFailure(() -> tx.execute(s -> apply(provider, callback, raw)));
            if (!"duplicate".equals(outcome)) return Outcome.handled;
            if (provider.acknowledgesDuplicates()) return Outcome.duplicate;
            throw new ApiProblem(HttpStatus.CONFLICT, "callback-replayed", "Callback replayed", "This event was received before; nothing was done");
        } catch (PaymentProvider.Refused refused) {
            throw refuse(provider, raw, callback.purchaseId(), refused);
        }
    }

    private String apply(PaymentProvider provider, PaymentProvider.Callback c, JSONB raw) {
        var purchase = repo.purchase(c.purchaseId(), true).filter(p -> p.provider().equals(provider.name()))
                .orElseThrow(() -> new PaymentProvider.Refused(404, "unknown-purchase", "No such purchase with this provider"));
        if (c.amount() != null && (c.amount().compareTo(java.math.BigDecimal.valueOf(purchase.priceCents(), 2)) != 0
                || !purchase.currency().equals(c.currency()))) {
            throw new PaymentProvider.Refused(409, "amount-mismatch", "The amount or currency is not the purchase's");
        }
        if (purchase.providerReference() != null && !purchase.providerReference().equals(c.saleId())) {
            throw new PaymentProvider.Refused(409, "sale-mismatch", "The purchase belongs to another sale");
        }
        if (purchase.providerReference() == null && repo.saleIdTakenByAnother(provider.name(), c.saleId(), purchase.id())) {
            throw new PaymentProvider.Refused(409, "sale-mismatch", "This sale belongs to another purchase");
        }
        if (c.event() == Event.sale && purchase.state() == PurchaseState.pending
                && purchase.createdAt().toInstant().plus(provider.saleWindow()).isBefore(clock.instant())) {
            throw new PaymentProvider.Refused(400, "stale-sale", "The checkout was started too long ago");
        }
        if (!repo.claimEvent(provider.name(), c.eventKey(), purchase.id(), c.event().name())) {
            repo.audit(provider.name(), raw, "duplicate", purchase.id());
            log.info("Payment callback from {} for purchase {}: {} already received, nothing done", provider.name(), purchase.id(), c.event());
            return "duplicate";
        }
        String outcome = switch (c.event()) {
            case sale -> sale(purchase, c);
            case decline -> decline(purchase);
            case refund -> reverse(purchase, c, PurchaseState.refunded, LedgerKind.refund);
            case chargeback -> reverse(purchase, c, PurchaseState.charged_back, LedgerKind.chargeback);
        };
        repo.audit(provider.name(), raw, outcome, purchase.id());
        log.info("Payment callback from {} for purchase {}: {} -> {}", provider.name(), purchase.id(), c.event(), outcome);
        return outcome;
    }

    private String sale(PaymentsRepository.PurchaseRow p, PaymentProvider.Callback c) {
        return switch (p.state()) {
            case pending, failed -> {
                var posted = ledger.credit(p.userId(), p.tokens(), p.id());
                repo.update(p.id(), PurchaseState.paid, c.saleId(), posted.transactionId(), null);
                events.publishEvent(new PurchaseChanged(p.userId(), p.id(), "paid", posted.payerBalance()));
                yield "credited";
            }
            case paid -> "already-paid";
            // refunded or charged back before the sale reached us: the sale credits nothing
            case refunded, charged_back -> {
                repo.update(p.id(), p.state(), c.saleId(), null, null);
                yield "sale-after-reversal";
            }
        };
    }

    private String decline(PaymentsRepository.PurchaseRow p) {
        if (p.state() != PurchaseState.pending) return "ignored";
        repo.update(p.id(), PurchaseState.failed, null, null, null);
        events.publishEvent(new PurchaseChanged(p.userId(), p.id(), "failed", ledger.balanceOf(p.userId())));
        return "declined";
    }

    private String reverse(PaymentsRepository.PurchaseRow p, PaymentProvider.Callback c, PurchaseState to, LedgerKind kind) {
        return switch (p.state()) {
            case paid -> {
                var reversal = ledger.reverse(kind, p.userId(), p.tokens(), p.id());
                repo.update(p.id(), to, c.saleId(), null, reversal.transactionId());
                events.publishEvent(new PurchaseChanged(p.userId(), p.id(), to.getLiteral(), reversal.balance()));
                yield reversal.shortfall() > 0 ? "reversed-with-shortfall" : "reversed";
            }
            case pending, failed -> {
                repo.update(p.id(), to, c.saleId(), null, null);
                events.publishEvent(new PurchaseChanged(p.userId(), p.id(), to.getLiteral(), ledger.balanceOf(p.userId())));
                yield "reversed-before-sale";
            }
            // a chargeback after a refund (or the other way round): the tokens were taken back once
            case refunded, charged_back -> "already-reversed";
        };
    }

    private ApiProblem refuse(PaymentProvider provider, JSONB raw, UUID purchaseId, PaymentProvider.Refused refused) {
        UUID known = purchaseId != null && repo.purchase(purchaseId, false).isPresent() ? purchaseId : null;
        tx.executeWithoutResult(s -> repo.audit(provider.name(), raw, refused.outcome, known));
        log.warn("Payment callback from {} refused: {} ({})", provider.name(), refused.outcome, refused.getMessage());
        return new ApiProblem(HttpStatus.valueOf(refused.status), "callback-refused", "Callback refused", refused.getMessage())
                .with("reason", refused.outcome);
    }

    /**
     * The parameters as received, minus the signature; values cut at 500 characters, and NUL (which a
     * jsonb value cannot hold: the insert failed with a 500) kept as U+FFFD.
     */
    private JSONB withoutSecrets(Map<String, String> params) {
        var kept = new TreeMap<String, String>();
        params.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("signature") && kept.size() < 50) {
                kept.put(storable(k.length() > 64 ? k.substring(0, 64) : k), v == null ? null : storable(v.length() > 500 ? v.substring(0, 500) : v));
            }
        });
        return JSONB.jsonb(json.writeValueAsString(kept));
    }

    private static String storable(String s) {
        return s.indexOf('\u0000') < 0 ? s : s.replace('\u0000', '\uFFFD');
    }

    /** For the test provider's page: the buyer's purchase, to send its event for. */
    UUID buyerOf(UUID purchaseId) {
        return repo.purchase(purchaseId, false).map(PaymentsRepository.PurchaseRow::userId).orElse(null);
    }
}
