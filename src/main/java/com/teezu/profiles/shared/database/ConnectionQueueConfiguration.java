package com.teezu.profiles.shared.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link FairConnectionQueue} in front of the connection pool ({@code teezu.fair-connection-queue}, on by default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "teezu.fair-connection-queue", havingValue = "true", matchIfMissing = true)
class ConnectionQueueConfiguration {

    @Bean
    static FairConnectionQueue.Wrapper fairConnectionQueue() {
        return FairConnectionQueue.wrapper();
    }
}
