package com.teezu.profiles.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/** Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane). */
@Component
class PasswordHasher {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Compared against when the user does not exist, so both answers take the same time. */
    private final String decoy = encoder.encode("decoy-password-for-timing");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }

    boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
