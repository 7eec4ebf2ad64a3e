package com.teezu.profiles.payments;

import com.teezu.profiles.db.enums.PurchaseState;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.PAYMENT_CALLBACKS;
import static com.teezu.profiles.db.Tables.PAYMENT_EVENTS;
import static com.teezu.profiles.db.Tables.PURCHASES;
import static com.teezu.profiles.db.Tables.TOKEN_PACKAGES;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

/** The SQL of packages, purchases, the provider events acted on, and the raw callbacks kept for audit. */
@Repository
class PaymentsRepository {

    record PackageRow(UUID id, int tokens, int priceCents, String currency, BigDecimal vatRate, boolean active, int sortOrder) {
    }

    record PurchaseRow(UUID id, UUID userId, UUID packageId, int tokens, int priceCents, String currency, int vatCents,
                       String provider, PurchaseState state, String providerReference, UUID creditTransactionId,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    private final DSLContext db;

    PaymentsRepository(DSLContext db) {
        this.db = db;
    }

    List<PackageRow> packages(boolean activeOnly) {
        return db.selectFrom(TOKEN_PACKAGES).where(activeOnly ? TOKEN_PACKAGES.ACTIVE.isTrue() : org.jooq.impl.DSL.noCondition())
                .orderBy(TOKEN_PACKAGES.SORT_ORDER, TOKEN_PACKAGES.TOKENS)
                .fetch(r -> new PackageRow(r.getId(), r.getTokens(), r.getPriceCents(), r.getCurrency(), r.getVatRate(), r.getActive(),
                        r.getSortOrder()));
    }

    Optional<PackageRow> findPackage(UUID id) {
        return packages(false).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    UUID savePackage(UUID id, int tokens, int priceCents, BigDecimal vatRate, boolean active, int sortOrder) {
        if (id == null) {
            return db.insertInto(TOKEN_PACKAGES).set(TOKEN_PACKAGES.TOKENS, tokens).set(TOKEN_PACKAGES.PRICE_CENTS, priceCents)
                    .set(TOKEN_PACKAGES.VAT_RATE, vatRate).set(TOKEN_PACKAGES.ACTIVE, active).set(TOKEN_PACKAGES.SORT_ORDER, sortOrder)
                    .returning(TOKEN_PACKAGES.ID).fetchOne(TOKEN_PACKAGES.ID);
        }
        int n = db.update(TOKEN_PACKAGES).set(TOKEN_PACKAGES.TOKENS, tokens).set(TOKEN_PACKAGES.PRICE_CENTS, priceCents)
                .set(TOKEN_PACKAGES.VAT_RATE, vatRate).set(TOKEN_PACKAGES.ACTIVE, active).set(TOKEN_PACKAGES.SORT_ORDER, sortOrder)
                .where(TOKEN_PACKAGES.ID.eq(id)).execute();
        return n == 1 ? id : null;
    }

    UUID insertPurchase(UUID userId, PackageRow p, int vatCents, String provider) {
        return db.insertInto(PURCHASES).set(PURCHASES.USER_ID, userId).set(PURCHASES.PACKAGE_ID, p.id())
                .set(PURCHASES.TOKENS, p.tokens()).set(PURCHASES.PRICE_CENTS, p.priceCents()).set(PURCHASES.CURRENCY, p.currency())
                .set(PURCHASES.VAT_CENTS, vatCents).set(PURCHASES.PROVIDER, provider)
                .returning(PURCHASES.ID).fetchOne(PURCHASES.ID);
    }

    Optional<PurchaseRow> purchase(UUID id, boolean forUpdate) {
        var q = db.selectFrom(PURCHASES).where(PURCHASES.ID.eq(id));
        var r = forUpdate ? q.forUpdate().fetchOptional() : q.fetchOptional();
        return r.map(p -> new PurchaseRow(p.getId(), p.getUserId(), p.getPackageId(), p.getTokens(), p.getPriceCents(), p.getCurrency(),
                p.getVatCents(), p.getProvider(), p.getState(), p.getProviderReference(), p.getCreditTransactionId(),
                p.getCreatedAt(), p.getUpdatedAt()));
    }

    List<PurchaseRow> purchases(Collection<UUID> ids) {
        return db.selectFrom(PURCHASES).where(PURCHASES.ID.in(ids))
                .fetch(p -> new PurchaseRow(p.getId(), p.getUserId(), p.getPackageId(), p.getTokens(), p.getPriceCents(), p.getCurrency(),
                        p.getVatCents(), p.getProvider(), p.getState(), p.getProviderReference(), p.getCreditTransactionId(),
                        p.getCreatedAt(), p.getUpdatedAt()));
    }

    /** Tokens this user bought since then: paid ones, and checkouts still open from the last hour. */
    long boughtSince(UUID userId, OffsetDateTime since, OffsetDateTime openSince) {
        var pendingFresh = PURCHASES.STATE.eq(PurchaseState.pending).and(PURCHASES.CREATED_AT.gt(openSince));
        return db.select(coalesce(sum(PURCHASES.TOKENS), val(BigDecimal.ZERO))).from(PURCHASES)
                .where(PURCHASES.USER_ID.eq(userId)).and(PURCHASES.CREATED_AT.gt(since))
                .and(PURCHASES.STATE.eq(PurchaseState.paid).or(pendingFresh))
                .fetchOne().value1().longValueExact();
    }

    OffsetDateTime now() {
        return db.select(currentOffsetDateTime()).fetchOne().value1();
    }

    boolean saleIdTakenByAnother(String provider, String saleId, UUID purchaseId) {
        return db.fetchExists(PURCHASES, PURCHASES.PROVIDER.eq(provider).and(PURCHASES.PROVIDER_REFERENCE.eq(saleId))
                .and(PURCHASES.ID.ne(purchaseId)));
    }

    /** False when this provider event was acted on before (a duplicate, retry or replay). */
    boolean claimEvent(String provider, String eventKey, UUID purchaseId, String event) {
        return db.insertInto(PAYMENT_EVENTS).set(PAYMENT_EVENTS.PROVIDER, provider).set(PAYMENT_EVENTS.EVENT_KEY, eventKey)
                .set(PAYMENT_EVENTS.PURCHASE_ID, purchaseId).set(PAYMENT_EVENTS.EVENT, event)
                .onConflictDoNothing().execute() == 1;
    }

    void update(UUID id, PurchaseState state, String providerReference, UUID creditTx, UUID reversalTx) {
        var u = db.update(PURCHASES).set(PURCHASES.STATE, state).set(PURCHASES.UPDATED_AT, currentOffsetDateTime());
        if (providerReference != null) u = u.set(PURCHASES.PROVIDER_REFERENCE, providerReference);
        if (creditTx != null) u = u.set(PURCHASES.CREDIT_TRANSACTION_ID, creditTx);
        if (reversalTx != null) u = u.set(PURCHASES.REVERSAL_TRANSACTION_ID, reversalTx);
        u.where(PURCHASES.ID.eq(id)).execute();
    }

    void audit(String provider, JSONB params, String outcome, UUID purchaseId) {
        db.insertInto(PAYMENT_CALLBACKS).set(PAYMENT_CALLBACKS.PROVIDER, provider).set(PAYMENT_CALLBACKS.PARAMS, params)
                .set(PAYMENT_CALLBACKS.OUTCOME, outcome).set(PAYMENT_CALLBACKS.PURCHASE_ID, purchaseId).execute();
    }
}
