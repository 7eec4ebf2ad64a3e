package com.teezu.profiles.teezer;

import java.util.UUID;

/** The Teezer switch or the schedule changed; listeners recompute the effective status after commit. */
public record TeezerChanged(UUID userId) {
}
