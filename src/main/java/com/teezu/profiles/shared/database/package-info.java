/** The database: embedded PostgreSQL 16 by default (or {@code DATABASE_URL}), the pool and its first-come-first-served queue, retries of aborted transactions. */
@NamedInterface("database")
package com.teezu.profiles.shared.database;

import org.springframework.modulith.NamedInterface;
