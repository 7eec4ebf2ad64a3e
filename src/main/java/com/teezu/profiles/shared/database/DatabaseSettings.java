package com.teezu.profiles.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The database's settings ({@code teezu.*}); the connection itself is {@code DATABASE_URL} or Spring's
 * {@code spring.datasource.*}.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data ({@code TEEZU_DATA_DIR}, under {@code postgres/})
 */
@ConfigurationProperties("teezu")
public record DatabaseSettings(@DefaultValue("./data") Path dataDir) {
}
