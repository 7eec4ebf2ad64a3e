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
 * @param s3            an S3-compatible bucket for media instead of the local folder (when its endpoint is set)
 * @param asyncFollowCommit follows and unfollows commit without waiting for their WAL flush (see
 *                      {@code FollowRepository}); false makes them as durable as everything else
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
        @DefaultValue("teezu:realtime") String redisChannel,
        S3 s3,
        @DefaultValue("true") boolean asyncFollowCommit) {

    /**
     * An S3-compatible store ({@code TEEZU_S3_*}). Path-style addressing by default, as MinIO and most
     * S3-compatible servers want; AWS itself takes either.
     */
    public record S3(String endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
                     String secretKey, @DefaultValue("true") boolean pathStyle, @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return endpoint != null && !endpoint.isBlank();
        }

        @Override
        public String toString() { // never print the secret
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle + "]";
        }
    }
}
