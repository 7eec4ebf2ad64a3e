package com.teezu.profiles.auth;

import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Registration, log-in and log-out. */
@Service
public class AuthService {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    public record Account(UUID id, String username, String displayName, Role role, boolean verified,
                          boolean ageVerified, Consent consent, String avatarKey) {
    }

    public record LoggedIn(Account account, SessionService.IssuedSession session) {
    }

    private final AccountRepository accounts;
    private final SessionService sessions;
    private final PasswordHasher hasher;
    private final LoginRateLimiter limiter;
    private final RegistrationLimiter registrations;
    private final ApplicationEventPublisher events;
    private final Viewers viewers;

    AuthService(AccountRepository accounts, SessionService sessions, PasswordHasher hasher, LoginRateLimiter limiter,
                RegistrationLimiter registrations, ApplicationEventPublisher events, Viewers viewers) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.limiter = limiter;
        this.events = events;
        this.viewers = viewers;
    }

    /** The request was validated where it entered (username, password length, display name); null display name = the username. */
    public LoggedIn register(String username, String password, String displayName, String clientAddress) {
        registrations.attempt(clientAddress).ifPresent(wait -> {
            throw ApiProblem.tooManyRequests("too-many-registrations", "Too many sign-ups",
                    "Too many sign-ups right now; try again in " + seconds(wait) + " s", wait);
        });
        String name = displayName == null ? username : displayName;
        UUID id = accounts.create(username, name, hasher.hash(password)).orElseThrow(() ->
                new ApiProblem(HttpStatus.CONFLICT, "username-taken", "Username taken", "That username is taken",
                        List.of(new FieldError("username", "is taken"))));
        return new LoggedIn(account(id), sessions.issue(id));
    }

    public LoggedIn login(String username, String password, String clientAddress) {
        String name = username == null ? "" : username;
        limiter.attempt(name, clientAddress).ifPresent(wait -> {
            throw ApiProblem.tooManyRequests("too-many-login-attempts", "Too many log-in attempts",
                    "Too many log-in attempts; try again in " + seconds(wait) + " s", wait);
        });
        var login = accounts.findLogin(name);
        boolean ok = hasher.matches(password == null ? "" : password, login.map(AccountRepository.Login::passwordHash).orElse(null));
        if (login.isEmpty() || !ok) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "Unknown username or wrong password");
        }
        limiter.succeeded(name);
        UUID id = login.get().id();
        if (hasher.needsRehash(login.get().passwordHash())) accounts.updatePasswordHash(id, hasher.hash(password));
        return new LoggedIn(account(id), sessions.issue(id));
    }

    /** Sets a password without a session (demo accounts, operators); never exposed over HTTP. */
    public void setPassword(String username, String password) {
        accounts.setPasswordByUsername(username, hasher.hash(password));
    }

    public void logout(AuthUser user, String token) {
        events.publishEvent(sessions.revoke(token, user.sessionId()));
    }

    public Account account(UUID id) {
        var a = accounts.find(id).orElseThrow(() -> ApiProblem.notFound("User"));
        return new Account(a.id(), a.username(), a.displayName(), a.role(), a.verified(), a.ageVerified(), a.consent(), a.avatarKey());
    }

    public String csrfFor(String token) {
        return sessions.csrfFor(token);
    }

    /** The caller as the access policy sees her, read fresh from the database. */
    public Viewer viewer(AuthUser user) {
        return viewers.of(user);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
