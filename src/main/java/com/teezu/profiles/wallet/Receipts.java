package com.teezu.profiles.wallet;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the wallet's history says about a purchase (package, EUR, provider reference). Implemented by
 * the module that sells tokens, so the wallet names no payment provider.
 */
public interface Receipts {

    record Receipt(UUID purchaseId, int tokens, String amount, String currency, String provider, String providerReference,
                   String state) {
    }

    /** The receipts of these purchases (ids the ledger holds as references); unknown ids are left out. */
    Map<UUID, Receipt> of(Collection<UUID> purchaseIds);
}
