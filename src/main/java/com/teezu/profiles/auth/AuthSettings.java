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
 */
@ConfigurationProperties("teezu")
public record AuthSettings(@DefaultValue("30d") Duration sessionTtl, @DefaultValue("false") boolean secureCookies,
                           @DefaultValue("20") int loginAttemptsPerAddressPerMinute) {
}
