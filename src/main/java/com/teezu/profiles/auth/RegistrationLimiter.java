package com.teezu.profiles.auth;

import com.teezu.profiles.shared.database.SharedRateLimits;
import com.teezu.profiles.shared.database.SharedRateLimits.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Registrations per client address and for the whole service, both counted in the database so they
 * hold across every node: each one costs an Argon2 hash (19 MiB, tens of milliseconds of a core), so
 * a script must not be able to sign up at the speed of the network. Checked before anything is hashed.
 */
@Component
class RegistrationLimiter {

    private final Clock clock;
    private final SharedRateLimits limits;
    private final AuthSettings settings;

    RegistrationLimiter(Clock clock, SharedRateLimits limits, AuthSettings settings) {
        this.clock = clock;
        this.limits = limits;
        this.settings = settings;
    }

    /** Admits one registration from this address, or says how long to wait. */
    Optional<Duration> attempt(String address) {
        var perAddress = settings.registrationsPerAddress();
        var overall = settings.registrations();
        return limits.take(clock.instant(), List.of(
                new Limit("register:address:" + address, perAddress.tokens(), perAddress.window()),
                new Limit("register:all", overall.tokens(), overall.window())));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
    void purge() {
        Duration longest = settings.registrationsPerAddress().window().compareTo(settings.registrations().window()) > 0
                ? settings.registrationsPerAddress().window() : settings.registrations().window();
        limits.purge(clock.instant().minus(longest));
    }
}
