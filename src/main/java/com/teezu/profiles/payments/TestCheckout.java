package com.teezu.profiles.payments;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/**
 * What the test provider's checkout page does: it sends the signed callback a real provider would
 * send, {@code callback-delay} after the buyer chose (the browser is back on the return page first, as
 * with a real checkout, and sees the purchase go from pending to paid live). Only the buyer (or staff) may.
 */
@Component
class TestCheckout {

    private static final Logger log = LoggerFactory.getLogger(TestCheckout.class);

    private final Providers providers;
    private final PaymentsRepository repo;
    private final PaymentCallbacks callbacks;
    private final AuthService auth;
    private final Clock clock;
    private final java.time.Duration delay;

    TestCheckout(Providers providers, PaymentsRepository repo, PaymentCallbacks callbacks, AuthService auth, Clock clock,
                 PaymentsSettings settings) {
        this.delay = settings.test().callbackDelay();
        this.providers = providers;
        this.repo = repo;
        this.callbacks = callbacks;
        this.auth = auth;
        this.clock = clock;
    }

    void send(AuthUser caller, UUID purchaseId, PaymentProvider.Event event) {
        if (caller == null) throw ApiProblem.unauthorized();
        TestProvider test = providers.test().orElseThrow(() -> ApiProblem.notFound("Test payment provider"));
        var p = repo.purchase(purchaseId, false).filter(r -> r.provider().equals(TestProvider.NAME))
                .orElseThrow(() -> ApiProblem.notFound("Purchase"));
        if (!p.userId().equals(caller.id()) && !AccessPolicy.canTopUp(auth.viewer(caller))) throw ApiProblem.notFound("Purchase");
        var params = test.callback(event, p.id(), "test-" + p.id(), BigDecimal.valueOf(p.priceCents(), 2).toPlainString(),
                p.currency(), clock.instant());
        java.util.concurrent.CompletableFuture.delayedExecutor(delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
            try {
                callbacks.receive(TestProvider.NAME, params);
            } catch (ApiProblem refused) {
                log.info("Test provider callback for purchase {} refused: {}", p.id(), refused.getMessage());
            } catch (RuntimeException e) {
                log.warn("Test provider callback for purchase {} failed", p.id(), e);
            }
        });
    }
}
