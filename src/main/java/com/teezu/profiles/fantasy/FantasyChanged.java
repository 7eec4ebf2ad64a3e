package com.teezu.profiles.fantasy;

import java.util.UUID;

/** A user's fantasy profile was created, changed (also by the DNA quiz) or removed. */
public record FantasyChanged(UUID userId) {
}
