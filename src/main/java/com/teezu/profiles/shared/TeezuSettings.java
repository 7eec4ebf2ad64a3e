package com.teezu.profiles.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Typed settings ({@code teezu.*} in application.yaml, overridable by environment variables).
 *
 * @param dataDir       where the embedded database and media live ({@code TEEZU_DATA_DIR})
 * @param demoData      load the demo accounts; null = only into the embedded database
 * @param sessionTtl    how long a login lasts
 * @param secureCookies mark the session cookie Secure (behind TLS)
 * @param tokenEur      what one token is worth in EUR
 * @param creatorShare  the creator's share of every token spent on her (the rest is the platform fee)
 * @param mediaSecret   HMAC key for signed media URLs; generated and kept in the data folder when empty
 * @param mediaUrlTtl   how long a signed media URL stays valid
 */
@ConfigurationProperties("teezu")
public record TeezuSettings(
        @DefaultValue("./data") Path dataDir,
        Boolean demoData,
        @DefaultValue("30d") Duration sessionTtl,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("0.10") BigDecimal tokenEur,
        @DefaultValue("0.80") BigDecimal creatorShare,
        String mediaSecret,
        @DefaultValue("10m") Duration mediaUrlTtl,
        @DefaultValue("") String realtimeUrl,
        @DefaultValue("8081") int realtimePort,
        @DefaultValue("") String redisUrl,
        @DefaultValue("teezu:realtime") String redisChannel) {
}
