package com.teezu.profiles.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sessions and log-in ({@code teezu.*}).
 *
 * @param sessionTtl                        how long a log-in lasts
 * @param secureCookies                     mark the session cookie Secure (behind TLS)
 * @param loginAttemptsPerAddressPerMinute  log-in attempts one client address may make per minute, on each node
 * @param registrationsPerAddress           sign-ups one client address may make, across all nodes
 * @param registrations                     sign-ups the whole service takes, across all nodes
 */
@ConfigurationProperties("teezu")
public record AuthSettings(@DefaultValue("30d") Duration sessionTtl, @DefaultValue("false") boolean secureCookies,
                           @DefaultValue("20") int loginAttemptsPerAddressPerMinute,
                           @DefaultValue({"5", "1h"}) Budget registrationsPerAddress,
                           @DefaultValue({"60", "1m"}) Budget registrations) {

    /** At most {@code tokens} at once, refilled evenly over {@code window}. */
    public record Budget(int tokens, Duration window) {
        public Budget {
            if (tokens < 1 || window == null || !window.isPositive()) {
                throw new IllegalArgumentException("a budget needs tokens >= 1 and a positive window");
            }
        }
    }
}
