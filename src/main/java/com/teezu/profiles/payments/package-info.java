/**
 * Buying tokens: the package catalogue, purchases through a payment provider's hosted checkout (the
 * {@link com.teezu.profiles.payments.PaymentProvider} port: Verotel FlexPay, and a built-in test
 * provider), signed callbacks credited exactly once, refunds and chargebacks, receipts.
 */
package com.teezu.profiles.payments;
