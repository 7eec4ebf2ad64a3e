package com.teezu.profiles.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * What tokens are worth ({@code teezu.*}).
 *
 * @param tokenEur     what one token is worth in EUR
 * @param creatorShare the creator's share of every token spent on her (the rest is the platform fee)
 */
@ConfigurationProperties("teezu")
public record WalletSettings(@DefaultValue("0.10") BigDecimal tokenEur, @DefaultValue("0.80") BigDecimal creatorShare) {
}
