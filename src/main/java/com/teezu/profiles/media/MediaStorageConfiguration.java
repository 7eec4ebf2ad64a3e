package com.teezu.profiles.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

/** One media store per node: the S3-compatible bucket when {@code TEEZU_S3_ENDPOINT} is set, else the local folder. */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MediaStorageConfiguration.class);

    /** Media unreachable: profiles still read and write, uploads and files fail until it is back. */
    static final Status DEGRADED = new Status("DEGRADED", "Media store unreachable: uploads and media files fail");

    @Bean
    MediaStorage mediaStorage(MediaSettings settings) throws IOException {
        MediaStorage storage;
        if (settings.s3() != null && settings.s3().configured()) {
            var s3 = new S3MediaStorage(settings.s3());
            try {
                s3.ensureBucket(); // wrong credentials or endpoint stop the start, with the S3 error code
            } catch (IOException | RuntimeException e) {
                s3.close();
                throw e;
            }
            storage = s3; // closed with the context (AutoCloseable)
        } else {
            storage = new LocalMediaStorage(settings.dataDir().resolve("media"));
        }
        log.info("Media files are kept in the {}", storage.describe());
        return storage;
    }

    @Bean("media")
    HealthIndicator mediaHealth(MediaStorage storage) {
        return () -> {
            try {
                storage.check();
                return Health.up().withDetail("store", storage.describe()).build();
            } catch (IOException e) {
                return Health.status(DEGRADED).build();
            }
        };
    }
}
