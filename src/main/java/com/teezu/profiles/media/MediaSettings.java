package com.teezu.profiles.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where media live and how they are reached ({@code teezu.*}).
 *
 * @param dataDir     the local media folder is {@code dataDir/media}; the generated media key is kept here too
 * @param mediaSecret HMAC key for signed media URLs; generated and kept in the data folder when empty
 * @param mediaUrlTtl how long a signed media URL stays valid
 * @param s3          an S3-compatible bucket for media instead of the local folder (when its endpoint is set)
 */
@ConfigurationProperties("teezu")
public record MediaSettings(@DefaultValue("./data") Path dataDir, String mediaSecret,
                            @DefaultValue("10m") Duration mediaUrlTtl, S3 s3) {

    /**
     * An S3-compatible store ({@code TEEZU_S3_*}). Path-style addressing by default, as MinIO and most
     * S3-compatible servers want; AWS itself takes either.
     */
    public record S3(String endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
                     String secretKey, String sessionToken, @DefaultValue("true") boolean pathStyle,
                     @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return endpoint != null && !endpoint.isBlank();
        }

        @Override
        public String toString() { // never print the secret
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle + "]";
        }
    }

    @Override
    public String toString() { // never print the secret
        return "MediaSettings[dataDir=" + dataDir + ", mediaUrlTtl=" + mediaUrlTtl + ", s3=" + s3 + "]";
    }
}
