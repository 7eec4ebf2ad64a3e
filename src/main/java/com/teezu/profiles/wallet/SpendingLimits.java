package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.Patch;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A fan's own limits on tokens per rolling 24 hours ({@code daily}) and 30 days ({@code monthly}),
 * for spending and, separately, for buying. A lower limit (or a first one) applies at once; a higher
 * one, or clearing it, only after 24 hours, and a later lowering drops the raise that waits.
 */
@Service
public class SpendingLimits {

    /** What spending is: tokens paid to creators (not refunds, settlements or purchases). */
    static final Set<LedgerKind> SPENDS = EnumSet.of(LedgerKind.gift, LedgerKind.unlock, LedgerKind.subscription,
            LedgerKind.message, LedgerKind.message_unlock);
    static final Duration RAISE_DELAY = Duration.ofHours(24);

    public enum Period {
        daily(Duration.ofDays(1)), monthly(Duration.ofDays(30));
        final Duration window;

        Period(Duration window) {
            this.window = window;
        }
    }

    /** One limit: in force now, and what applies from {@code nextFrom} (a raise waiting its 24 hours). */
    public record Limit(@Nullable Long tokens, @Nullable Long next, @Nullable OffsetDateTime nextFrom, long spent) {
    }

    public record Limits(Limit daily, Limit monthly) {
    }

    /** 403: this would go beyond the fan's own limit; nothing was charged. */
    public static class LimitReached extends ApiProblem {
        public LimitReached(Period period, long limit, long remaining, String what) {
            super(HttpStatus.FORBIDDEN, "spending-limit-reached", "Spending limit reached",
                    "This goes beyond your " + period + " limit of " + limit + " tokens; " + remaining + " tokens are left for "
                            + what + " in this " + (period == Period.daily ? "24 hours" : "30 days"));
            with("period", period.name()).with("limitTokens", limit).with("remainingTokens", remaining);
        }
    }

    private final WalletGuardsRepository guards;
    private final LedgerRepository ledger;

    SpendingLimits(WalletGuardsRepository guards, LedgerRepository ledger) {
        this.guards = guards;
        this.ledger = ledger;
    }

    @Transactional // the wallet is made on first use
    public Limits of(UUID userId) {
        UUID wallet = ledger.userWallet(userId);
        var now = guards.now();
        return new Limits(view(userId, wallet, Period.daily, now), view(userId, wallet, Period.monthly, now));
    }

    /** {@code null} clears a limit, absent keeps it. */
    @Transactional
    public Limits change(UUID userId, Patch<Long> daily, Patch<Long> monthly) {
        UUID wallet = ledger.userWallet(userId);
        ledger.lock(java.util.List.of(wallet)); // as a spend does: a change and a spend do not interleave
        var now = guards.now();
        daily.ifPresent(v -> change(userId, Period.daily, v, now));
        monthly.ifPresent(v -> change(userId, Period.monthly, v, now));
        return of(userId);
    }

    private void change(UUID userId, Period period, @Nullable Long wanted, OffsetDateTime now) {
        Long current = inForce(userId, period, now);
        boolean lower = wanted != null && (current == null || wanted <= current);
        if (lower) guards.saveLimit(userId, period.name(), wanted, null, null);
        else guards.saveLimit(userId, period.name(), current, wanted, now.plus(RAISE_DELAY));
    }

    /**
     * Refuses a spend of {@code amount} beyond a limit; runs under the payer's wallet lock (the spend's
     * own), so concurrent spends are counted one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void checkSpend(UUID userId, UUID walletId, long amount) {
        var refusal = refusal(userId, walletId, amount);
        if (refusal != null) throw refusal;
    }

    /** What a spend of {@code amount} would be refused with, or null when the limits allow it. */
    @Nullable LimitReached refusal(UUID userId, UUID walletId, long amount) {
        var rows = guards.limits(userId);
        if (rows.isEmpty()) return null; // most fans set none: no more queries
        var now = guards.now();
        for (Period period : Period.values()) {
            Long limit = inForce(rows, period, now);
            if (limit == null) continue;
            long spent = guards.spentSince(walletId, SPENDS, now.minus(period.window));
            if (spent + amount > limit) return new LimitReached(period, limit, Math.max(0, limit - spent), "spending");
        }
        return null;
    }

    /** Refuses buying {@code tokens} more when {@code bought} (in the window) plus them passes a limit. */
    public void checkPurchase(UUID userId, long tokens, java.util.function.Function<Duration, Long> bought) {
        var now = guards.now();
        for (Period period : Period.values()) {
            Long limit = inForce(userId, period, now);
            if (limit == null) continue;
            long already = bought.apply(period.window);
            if (already + tokens > limit) throw new LimitReached(period, limit, Math.max(0, limit - already), "buying");
        }
    }

    private @Nullable Long inForce(UUID userId, Period period, OffsetDateTime now) {
        return inForce(guards.limits(userId), period, now);
    }

    private static @Nullable Long inForce(java.util.List<WalletGuardsRepository.LimitRow> rows, Period period, OffsetDateTime now) {
        return rows.stream().filter(r -> r.period().equals(period.name())).findFirst()
                .map(r -> r.nextFrom() != null && !r.nextFrom().isAfter(now) ? r.nextAmount() : r.amount())
                .orElse(null);
    }

    private Limit view(UUID userId, UUID wallet, Period period, OffsetDateTime now) {
        var row = guards.limits(userId).stream().filter(r -> r.period().equals(period.name())).findFirst();
        long spent = guards.spentSince(wallet, SPENDS, now.minus(period.window));
        if (row.isEmpty()) return new Limit(null, null, null, spent);
        var r = row.get();
        boolean due = r.nextFrom() != null && !r.nextFrom().isAfter(now);
        return due ? new Limit(r.nextAmount(), null, null, spent) : new Limit(r.amount(), r.nextAmount(), r.nextFrom(), spent);
    }
}
