/** Tokens: wallets, the double-entry ledger (every transaction sums to zero, no user balance below zero), top-ups, and idempotent paid requests. */
package com.teezu.profiles.wallet;
