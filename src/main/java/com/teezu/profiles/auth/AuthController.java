package com.teezu.profiles.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.ProblemResponse;
import com.teezu.profiles.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    /** A blank display name means "use the username". */
    record RegisterRequest(@NotNull(message = "3–32 letters, digits or _") @Username String username,
                           @NotNull(message = "must be 10–128 characters") @Size(min = AuthService.MIN_PASSWORD, max = AuthService.MAX_PASSWORD, message = "must be {min}–{max} characters") String password,
                           @DisplayName String displayName) {
        RegisterRequest {
            displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
        }
    }

    record LoginRequest(String username, String password) {
    }

    record UserView(UUID id, String username, String displayName, Role role, boolean isVerified,
                    boolean ageVerified, Consent consentPreference) {
        static UserView of(AuthService.Account a) {
            return new UserView(a.id(), a.username(), a.displayName(), a.role(), a.verified(), a.ageVerified(),
                    a.consent());
        }
    }

    record SessionView(String token, String csrfToken, OffsetDateTime expiresAt, UserView user) {
    }

    /** {@code csrfToken}: null for a bearer-token session, which needs none. */
    record MeView(UserView user, @Nullable String csrfToken) {
    }

    private final AuthService auth;
    private final AuthSettings settings;

    AuthController(AuthService auth, AuthSettings settings) {
        this.auth = auth;
        this.settings = settings;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 409, description = "The username is taken")
    @ProblemResponse(status = 429, description = "Too many sign-ups from this address or overall; see `Retry-After`")
    ResponseEntity<SessionView> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request) {
        var in = auth.register(body.username(), body.password(), body.displayName(), request.getRemoteAddr());
        return withCookie(ResponseEntity.status(HttpStatus.CREATED), in);
    }

    @PostMapping("/login")
    @ProblemResponse(status = 429, description = "Too many failed log-ins for this name or address; see `Retry-After`")
    ResponseEntity<SessionView> login(@RequestBody LoginRequest body, HttpServletRequest request) {
        var in = auth.login(body.username(), body.password(), request.getRemoteAddr());
        return withCookie(ResponseEntity.ok(), in);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> logout(@AuthenticationPrincipal AuthUser user, HttpServletRequest request) {
        if (user == null) throw ApiProblem.unauthorized();
        auth.logout(user, SessionAuthenticationFilter.tokenOf(request));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString()).build();
    }

    @GetMapping("/me")
    MeView me(@AuthenticationPrincipal AuthUser user, HttpServletRequest request) {
        if (user == null) throw ApiProblem.unauthorized();
        String csrf = user.viaCookie() ? auth.csrfFor(SessionAuthenticationFilter.tokenOf(request)) : null;
        return new MeView(UserView.of(auth.account(user.id())), csrf);
    }

    private ResponseEntity<SessionView> withCookie(ResponseEntity.BodyBuilder builder, AuthService.LoggedIn in) {
        var s = in.session();
        Duration maxAge = Duration.between(OffsetDateTime.now(), s.expiresAt());
        return builder.header(HttpHeaders.SET_COOKIE, cookie(s.token(), maxAge).toString())
                .body(new SessionView(s.token(), s.csrfToken(), s.expiresAt(), UserView.of(in.account())));
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(SessionService.COOKIE, value)
                .httpOnly(true).secure(settings.secureCookies()).sameSite("Lax").path("/").maxAge(maxAge).build();
    }
}
