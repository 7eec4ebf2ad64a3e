package com.teezu.profiles.wallet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.PageCursor;
import com.teezu.profiles.shared.web.Patch;
import com.teezu.profiles.users.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class WalletController {

    /** The other side of a movement, when it is a person (the creator paid, the fan who paid). */
    record Party(UUID id, String username, String displayName) {
    }

    record Movement(long id, UUID transactionId, String kind, long amount, OffsetDateTime createdAt, @Nullable UUID reference,
                    @Nullable Party counterparty, Receipts.@Nullable Receipt receipt) {
    }

    /** {@code shortfallTokens}: owed after a refund or chargeback; while above zero ({@code frozen}) nothing can be spent. */
    record WalletView(long balance, String currency, List<Movement> history, @Nullable String nextCursor, boolean frozen,
                      long shortfallTokens, SpendingLimits.Limits limits) {
    }

    /** Tokens per rolling 24 hours / 30 days; {@code null} clears, left out keeps. Lower: at once; higher or cleared: after 24 h. */
    record LimitsRequest(Patch<@Min(value = 1, message = "must be 1–100,000,000 tokens")
                         @Max(value = 100_000_000, message = "must be 1–100,000,000 tokens") Long> daily,
                         Patch<@Min(value = 1, message = "must be 1–100,000,000 tokens")
                         @Max(value = 100_000_000, message = "must be 1–100,000,000 tokens") Long> monthly) {
        LimitsRequest {
            if (daily == null) daily = Patch.absent();
            if (monthly == null) monthly = Patch.absent();
        }
    }

    record Shortfall(UUID id, UUID userId, String username, UUID reference, String kind, long amount, long settled,
                     OffsetDateTime createdAt) {
    }

    record TopUpRequest(@NotNull(message = "is required") String user,
                        @NotNull(message = "must be 1–1,000,000 tokens") @Min(value = 1, message = "must be 1–1,000,000 tokens")
                        @Max(value = 1_000_000, message = "must be 1–1,000,000 tokens") Long amount,
                        @Size(max = 128, message = "at most {max} characters") String reference) {
    }

    record TopUpView(UUID transactionId, UUID userId, long balance) {
    }

    private final LedgerService ledger;
    private final LedgerRepository entries;
    private final AuthService auth;
    private final UserDirectory users;
    private final TransactionTemplate tx;
    private final Receipts receipts;
    private final SpendingLimits limits;
    private final WalletGuardsRepository guards;

    WalletController(LedgerService ledger, LedgerRepository entries, AuthService auth, UserDirectory users, TransactionTemplate tx,
                     Receipts receipts, SpendingLimits limits, WalletGuardsRepository guards) {
        this.receipts = receipts;
        this.limits = limits;
        this.guards = guards;
        this.ledger = ledger;
        this.entries = entries;
        this.auth = auth;
        this.users = users;
        this.tx = tx;
    }

    @GetMapping("/api/wallet")
    WalletView wallet(@AuthenticationPrincipal AuthUser caller, @RequestParam(required = false) String cursor,
                      @RequestParam(required = false) Integer limit) {
        if (caller == null) throw ApiProblem.unauthorized();
        int n = PageCursor.limit(limit);
        var c = PageCursor.decode(cursor);
        UUID wallet = ledger.walletOfUser(caller.id());
        var rows = entries.history(wallet, c == null ? null : c.at(), c == null ? null : c.number(), n);
        var page = rows.subList(0, Math.min(n, rows.size()));
        String next = rows.size() > n ? new PageCursor(page.getLast().at(), String.valueOf(page.getLast().id())).encode() : null;
        var purchases = page.stream().filter(r -> r.reference() != null && RECEIPT_KINDS.contains(r.kind()))
                .map(LedgerRepository.HistoryRow::reference).toList();
        var found = purchases.isEmpty() ? java.util.Map.<UUID, Receipts.Receipt>of() : receipts.of(purchases);
        long owed = ledger.owed(caller.id());
        return new WalletView(entries.balance(wallet), "tokens", page.stream().map(r ->
                new Movement(r.id(), r.transactionId(), r.kind(), r.amount(), r.at(), r.reference(),
                        r.otherId() == null ? null : new Party(r.otherId(), r.otherUsername(), r.otherDisplayName()),
                        r.reference() == null || !RECEIPT_KINDS.contains(r.kind()) ? null : found.get(r.reference()))).toList(),
                next, owed > 0, owed, limits.of(caller.id()));
    }

    private static final java.util.Set<String> RECEIPT_KINDS = java.util.Set.of("purchase", "refund", "chargeback");

    @PatchMapping("/api/wallet/limits")
    SpendingLimits.Limits changeLimits(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody LimitsRequest body) {
        if (caller == null) throw ApiProblem.unauthorized();
        return limits.change(caller.id(), body.daily(), body.monthly());
    }

    /** Staff: tokens owed after refunds and chargebacks of spent tokens (open ones first). */
    @GetMapping("/api/admin/shortfalls")
    List<Shortfall> shortfalls(@AuthenticationPrincipal AuthUser caller, @RequestParam(required = false) Boolean open) {
        if (caller == null) throw ApiProblem.unauthorized();
        if (!AccessPolicy.canTopUp(auth.viewer(caller))) throw ApiProblem.forbidden("Only staff see shortfalls");
        return guards.shortfalls(Boolean.TRUE.equals(open), 200).stream().map(r -> new Shortfall(r.id(), r.userId(), r.username(),
                r.referenceId(), r.kind(), r.amount(), r.settled(), r.createdAt())).toList();
    }

    /** Stands in for a payment provider's webhook: staff credit tokens bought outside. */
    @PostMapping("/api/wallet/topups")
    TopUpView topUp(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody TopUpRequest body) {
        if (caller == null) throw ApiProblem.unauthorized();
        var viewer = auth.viewer(caller);
        if (!AccessPolicy.canTopUp(viewer)) throw ApiProblem.forbidden("Only staff may top up wallets");
        var user = users.find(body.user(), null).orElseThrow(() -> ApiProblem.invalid("user", "no such user"));
        var posted = tx.execute(s -> ledger.topUp(user.id(), body.amount(), viewer.id()));
        return new TopUpView(posted.transactionId(), user.id(), ledger.balanceOf(user.id()));
    }
}
