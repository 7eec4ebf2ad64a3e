package com.teezu.profiles.wallet;

import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.db.enums.WalletKind;
import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves tokens as balanced double-entry transactions inside the caller's transaction. A payment
 * first locks every wallet it touches (in id order) and checks the payer's balance; the database's
 * CHECK is the last word that no user balance goes below zero.
 */
@Service
public class LedgerService {

    /** An account: a user's wallet, the platform's fees, or the outside world (top-ups). */
    public record Account(UUID userId, WalletKind kind) {
        public static Account user(UUID id) {
            return new Account(id, WalletKind.user);
        }

        public static final Account PLATFORM = new Account(null, WalletKind.platform_fees);
        public static final Account EXTERNAL = new Account(null, WalletKind.external);
    }

    public record Leg(Account account, long amount) {
    }

    public record Posted(UUID transactionId, long payerBalance) {
    }

    /** 402: the payer has fewer tokens than the price; nothing was charged. */
    public static class InsufficientTokens extends ApiProblem {
        public InsufficientTokens(long needed, long balance) {
            super(HttpStatus.PAYMENT_REQUIRED, "insufficient-tokens", "Not enough tokens",
                    "This costs " + needed + " tokens and your balance is " + balance);
            with("neededTokens", needed).with("balance", balance).with("missingTokens", needed - balance);
        }
    }

    /** 403: a refund or chargeback left tokens owed; the wallet spends nothing until they are settled. */
    public static class WalletFrozen extends ApiProblem {
        public WalletFrozen(long owed) {
            super(HttpStatus.FORBIDDEN, "wallet-frozen", "Wallet frozen",
                    "A refunded or charged-back purchase left " + owed + " tokens owed; your wallet cannot spend until they are settled");
            with("shortfallTokens", owed);
        }
    }

    /** What a refund or chargeback took back, and what it could not take (the shortfall). */
    public record Reversal(UUID transactionId, long taken, long shortfall, long balance) {
    }

    private final LedgerRepository ledger;
    private final WalletSettings settings;
    private final WalletGuardsRepository guards;
    private final SpendingLimits limits;

    LedgerService(LedgerRepository ledger, WalletSettings settings, WalletGuardsRepository guards, SpendingLimits limits) {
        this.ledger = ledger;
        this.settings = settings;
        this.guards = guards;
        this.limits = limits;
    }

    /** The creator's share of a price (floored); the platform keeps the rest. */
    public long creatorShare(long price) {
        return BigDecimal.valueOf(price).multiply(settings.creatorShare()).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /**
     * "Freeze": locks the payer's, the creator's and the platform's wallets (in id order, as every
     * payment does) for the rest of the transaction, so checks made now stay true until commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void freeze(UUID payer, UUID creator) {
        ledger.lock(List.of(walletId(Account.user(payer)), walletId(Account.user(creator)), walletId(Account.PLATFORM)));
    }

    /** Locks the user's own wallet for the rest of the transaction (as a payment of hers would). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockOwnWallet(UUID userId) {
        ledger.lock(List.of(walletId(Account.user(userId))));
    }

    /** A payer pays {@code price} to a creator: creator share to her, the rest to the platform. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Posted pay(LedgerKind kind, UUID payer, UUID creator, long price, UUID reference) {
        long share = creatorShare(price);
        List<Leg> legs = new ArrayList<>(List.of(new Leg(Account.user(payer), -price), new Leg(Account.user(creator), share)));
        if (price - share > 0) legs.add(new Leg(Account.PLATFORM, price - share));
        return post(kind, payer, payer, reference, legs);
    }

    /** Tokens credited by staff (also settles tokens owed first). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Posted topUp(UUID user, long amount, UUID initiator) {
        return settleShortfalls(user, post(LedgerKind.topup, initiator, user, null,
                List.of(new Leg(Account.EXTERNAL, -amount), new Leg(Account.user(user), amount))));
    }

    /**
     * Tokens bought through a payment provider ({@code reference}: the purchase). Tokens owed from an
     * earlier reversal are settled from them first, in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Posted credit(UUID user, long amount, UUID reference) {
        var posted = post(LedgerKind.purchase, user, user, reference,
                List.of(new Leg(Account.EXTERNAL, -amount), new Leg(Account.user(user), amount)));
        return settleShortfalls(user, posted);
    }

    /**
     * Takes back {@code amount} tokens of a refunded or charged-back purchase: as many as the balance
     * holds (never below zero); the rest is recorded as a shortfall, which freezes spending.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Reversal reverse(LedgerKind kind, UUID user, long amount, UUID reference) {
        UUID wallet = ledger.userWallet(user);
        long balance = ledger.lock(List.of(wallet, walletId(Account.EXTERNAL))).get(wallet);
        long taken = Math.min(balance, amount);
        UUID tx = null;
        if (taken > 0) {
            tx = post(kind, user, user, reference, List.of(new Leg(Account.user(user), -taken), new Leg(Account.EXTERNAL, taken)))
                    .transactionId();
        }
        if (amount > taken) guards.recordShortfall(user, reference, kind, amount - taken);
        return new Reversal(tx, taken, amount - taken, balance - taken);
    }

    /**
     * Whether {@code amount} could be spent now: enough tokens, no tokens owed, within the fan's own
     * limits. For payments made without a person waiting (a renewal), which lapse instead of failing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean canSpend(UUID userId, long amount) {
        UUID wallet = ledger.userWallet(userId);
        return ledger.balance(wallet) >= amount && owed(userId) == 0 && limits.refusal(userId, wallet, amount) == null;
    }

    /** Tokens owed from reversals, not yet settled; while above zero the wallet may not spend. */
    public long owed(UUID userId) {
        return guards.openShortfalls(userId).stream().mapToLong(WalletGuardsRepository.OpenShortfall::open).sum();
    }

    private Posted settleShortfalls(UUID user, Posted posted) {
        long available = posted.payerBalance();
        var open = guards.openShortfalls(user);
        long paid = 0;
        for (var shortfall : open) {
            long part = Math.min(available - paid, shortfall.open());
            if (part <= 0) break;
            guards.settle(shortfall.id(), part);
            paid += part;
        }
        if (paid == 0) return posted;
        post(LedgerKind.settlement, user, user, null, List.of(new Leg(Account.user(user), -paid), new Leg(Account.EXTERNAL, paid)));
        return new Posted(posted.transactionId(), available - paid);
    }

    private Posted post(LedgerKind kind, UUID initiator, UUID payer, UUID reference, List<Leg> legs) {
        if (legs.stream().mapToLong(Leg::amount).sum() != 0) throw new IllegalArgumentException("legs must balance");
        Map<Account, UUID> walletOf = new HashMap<>();
        for (Leg leg : legs) walletOf.computeIfAbsent(leg.account(), this::walletId);
        Map<UUID, Long> balances = ledger.lock(walletOf.values());
        UUID payerWallet = walletOf.get(Account.user(payer));
        for (Leg leg : legs) {
            if (leg.account().kind() == WalletKind.user && leg.amount() < 0) {
                UUID wallet = walletOf.get(leg.account());
                if (SpendingLimits.SPENDS.contains(kind)) {
                    // under the payer's wallet lock, taken above: concurrent spends are checked one after the other
                    var state = guards.spendState(leg.account().userId());
                    if (state.owed() > 0) throw new WalletFrozen(state.owed());
                    if (state.limited()) limits.checkSpend(leg.account().userId(), wallet, -leg.amount());
                }
                long balance = balances.get(wallet);
                if (balance + leg.amount() < 0) throw new InsufficientTokens(-leg.amount(), balance);
            }
        }
        UUID tx = ledger.transaction(kind, initiator, reference);
        ledger.post(tx, legs.stream().map(l -> new LedgerRepository.Entry(walletOf.get(l.account()), l.amount())).toList());
        long payerBalance = payerWallet == null ? 0 : balances.get(payerWallet) + legs.stream()
                .filter(l -> l.account().equals(Account.user(payer))).mapToLong(Leg::amount).sum();
        return new Posted(tx, payerBalance);
    }

    public long balanceOf(UUID userId) {
        return ledger.balance(ledger.userWallet(userId));
    }

    UUID walletOfUser(UUID userId) {
        return ledger.userWallet(userId);
    }

    private UUID walletId(Account account) {
        return account.kind() == WalletKind.user ? ledger.userWallet(account.userId()) : ledger.systemWallet(account.kind());
    }
}
