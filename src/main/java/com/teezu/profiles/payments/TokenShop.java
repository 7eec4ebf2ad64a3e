package com.teezu.profiles.payments;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.wallet.LedgerService;
import com.teezu.profiles.wallet.Receipts;
import com.teezu.profiles.wallet.SpendingLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The package catalogue, starting a checkout, and reading purchases (the buyer's own; staff any). */
@Service
public class TokenShop implements Receipts {

    public record Money(String amount, String currency) {
        static Money ofCents(long cents, String currency) {
            return new Money(BigDecimal.valueOf(cents, 2).toPlainString(), currency);
        }
    }

    /** {@code vatIncluded}: the VAT inside {@code price} (at {@code vatRate} percent). */
    public record TokenPackage(UUID id, int tokens, Money price, Money vatIncluded, String vatRate, boolean active) {
    }

    public record Started(UUID id, String state, URI checkoutUrl, int tokens, Money price) {
    }

    public record Purchase(UUID id, String state, int tokens, Money price, Money vatIncluded, UUID packageId, String provider,
                           @Nullable String providerReference, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    public record PackageChange(int tokens, long priceCents, BigDecimal vatRate, boolean active, int sortOrder) {
    }

    private final PaymentsRepository repo;
    private final Providers providers;
    private final AuthService auth;
    private final LedgerService ledger;
    private final SpendingLimits limits;

    TokenShop(PaymentsRepository repo, Providers providers, AuthService auth, LedgerService ledger, SpendingLimits limits) {
        this.repo = repo;
        this.providers = providers;
        this.auth = auth;
        this.ledger = ledger;
        this.limits = limits;
    }

    static int vatCents(int priceCents, BigDecimal rate) {
        BigDecimal net = BigDecimal.valueOf(priceCents).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100).add(rate), 0, RoundingMode.HALF_UP);
        return priceCents - net.intValueExact();
    }

    static TokenPackage view(PaymentsRepository.PackageRow p) {
        return new TokenPackage(p.id(), p.tokens(), Money.ofCents(p.priceCents(), p.currency()),
                Money.ofCents(vatCents(p.priceCents(), p.vatRate()), p.currency()), p.vatRate().setScale(2).toPlainString(), p.active());
    }

    @Transactional(readOnly = true)
    public List<TokenPackage> packages(boolean all) {
        return repo.packages(!all).stream().map(TokenShop::view).toList();
    }

    @Transactional
    public TokenPackage savePackage(AuthUser caller, @Nullable String id, PackageChange change) {
        Viewer viewer = staff(caller);
        UUID existing = id == null ? null : Ids.parseUuid(id).orElseThrow(() -> ApiProblem.notFound("Package"));
        UUID saved = repo.savePackage(existing, change.tokens(), Math.toIntExact(change.priceCents()), change.vatRate(), change.active(),
                change.sortOrder());
        if (saved == null) throw ApiProblem.notFound("Package");
        return view(repo.findPackage(saved).orElseThrow());
    }

    /** A purchase in state {@code pending} and the provider's checkout link; nothing is charged yet. */
    @Transactional
    public Started start(AuthUser caller, UUID packageId, String appUrl) {
        if (caller == null) throw ApiProblem.unauthorized();
        var p = repo.findPackage(packageId).filter(PaymentsRepository.PackageRow::active)
                .orElseThrow(() -> ApiProblem.invalid("packageId", "no such package"));
        PaymentProvider provider = providers.forCheckout();
        ledger.lockOwnWallet(caller.id()); // checkouts of one fan are counted against her limits one after the other
        var now = repo.now();
        limits.checkPurchase(caller.id(), p.tokens(), window -> repo.boughtSince(caller.id(), now.minus(window), now.minusHours(1)));
        UUID id = repo.insertPurchase(caller.id(), p, vatCents(p.priceCents(), p.vatRate()), provider.name());
        String back = appUrl + "/wallet/purchases/" + id;
        URI url = provider.checkoutUrl(new PaymentProvider.Checkout(id, p.tokens(), BigDecimal.valueOf(p.priceCents(), 2), p.currency(),
                appUrl, back, back + "?declined=1"));
        return new Started(id, "pending", url, p.tokens(), Money.ofCents(p.priceCents(), p.currency()));
    }

    @Transactional(readOnly = true)
    public Purchase purchase(AuthUser caller, String id) {
        if (caller == null) throw ApiProblem.unauthorized();
        var row = Ids.parseUuid(id).flatMap(u -> repo.purchase(u, false)).orElseThrow(() -> ApiProblem.notFound("Purchase"));
        if (!row.userId().equals(caller.id()) && !AccessPolicy.canTopUp(auth.viewer(caller))) throw ApiProblem.notFound("Purchase");
        return view(row);
    }

    static Purchase view(PaymentsRepository.PurchaseRow r) {
        return new Purchase(r.id(), r.state().getLiteral(), r.tokens(), Money.ofCents(r.priceCents(), r.currency()),
                Money.ofCents(r.vatCents(), r.currency()), r.packageId(), r.provider(), r.providerReference(), r.createdAt(), r.updatedAt());
    }

    /** For the wallet's history: each purchase's receipt. */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Receipt> of(Collection<UUID> purchaseIds) {
        return repo.purchases(purchaseIds).stream().collect(Collectors.toMap(PaymentsRepository.PurchaseRow::id, r -> new Receipt(r.id(),
                r.tokens(), BigDecimal.valueOf(r.priceCents(), 2).toPlainString(), r.currency(), r.provider(), r.providerReference(),
                r.state().getLiteral()), (a, b) -> a));
    }

    Viewer staff(AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        Viewer viewer = auth.viewer(caller);
        if (!AccessPolicy.canTopUp(viewer)) throw ApiProblem.forbidden("Only staff manage token packages");
        return viewer;
    }
}
