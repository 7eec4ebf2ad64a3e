package com.teezu.profiles.teezer;

import java.util.UUID;

/**
 * A schedule boundary changed a creator's effective Teezer status, with no request behind it. Every
 * node's scheduler publishes it for itself, so it is meant for this node's own listeners only.
 */
public record TeezerStatusChanged(UUID userId, boolean active, String status) {
}
