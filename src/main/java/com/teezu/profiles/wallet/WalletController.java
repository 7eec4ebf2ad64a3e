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
import com.teezu.profiles.users.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class WalletController {

    record Movement(long id, UUID transactionId, String kind, long amount, OffsetDateTime createdAt, @Nullable UUID reference) {
    }

    record WalletView(long balance, String currency, List<Movement> history, @Nullable String nextCursor) {
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

    WalletController(LedgerService ledger, LedgerRepository entries, AuthService auth, UserDirectory users, TransactionTemplate tx) {
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
        return new WalletView(entries.balance(wallet), "tokens", page.stream().map(r ->
                new Movement(r.id(), r.transactionId(), r.kind(), r.amount(), r.at(), r.reference())).toList(), next);
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
