package com.teezu.profiles.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane). At most two hashes per core run at once:
 * on virtual threads nothing else bounds them, and a burst of sign-ups or log-ins would otherwise hold
 * 19 MiB each (a thousand at once: 19 GiB); the rest wait their turn in order.
 */
@Component
class PasswordHasher {

    private final java.util.concurrent.Semaphore running =
            new java.util.concurrent.Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Compared against when the user does not exist, so both answers take the same time. */
    private final String decoy = encoder.encode("decoy-password-for-timing");

    String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    boolean matches(String password, String hash) {
        return bounded(() -> encoder.matches(password, hash == null ? decoy : hash));
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        running.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
