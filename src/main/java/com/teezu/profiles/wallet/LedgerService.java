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
        }
    }

    private final LedgerRepository ledger;
    private final WalletSettings settings;

    LedgerService(LedgerRepository ledger, WalletSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
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

    /** A payer pays {@code price} to a creator: creator share to her, the rest to the platform. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Posted pay(LedgerKind kind, UUID payer, UUID creator, long price, UUID reference) {
        long share = creatorShare(price);
        List<Leg> legs = new ArrayList<>(List.of(new Leg(Account.user(payer), -price), new Leg(Account.user(creator), share)));
        if (price - share > 0) legs.add(new Leg(Account.PLATFORM, price - share));
        return post(kind, payer, payer, reference, legs);
    }

    /** Tokens bought from outside (a payment provider's webhook, here: staff). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Posted topUp(UUID user, long amount, UUID initiator) {
        return post(LedgerKind.topup, initiator, user, null,
                List.of(new Leg(Account.EXTERNAL, -amount), new Leg(Account.user(user), amount)));
    }

    private Posted post(LedgerKind kind, UUID initiator, UUID payer, UUID reference, List<Leg> legs) {
        if (legs.stream().mapToLong(Leg::amount).sum() != 0) throw new IllegalArgumentException("legs must balance");
        Map<Account, UUID> walletOf = new HashMap<>();
        for (Leg leg : legs) walletOf.computeIfAbsent(leg.account(), this::walletId);
        Map<UUID, Long> balances = ledger.lock(walletOf.values());
        UUID payerWallet = walletOf.get(Account.user(payer));
        for (Leg leg : legs) {
            if (leg.account().kind() == WalletKind.user && leg.amount() < 0) {
                long balance = balances.get(walletOf.get(leg.account()));
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
