package com.teezu.profiles.auth;

import com.teezu.profiles.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates a request by {@code Authorization: Bearer <token>} or by the session cookie. A bad
 * bearer token is a 401; a stale cookie just means anonymous. Unsafe methods authenticated by the
 * cookie must carry the session's CSRF token in {@value #CSRF_HEADER}.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String TOKEN_ATTRIBUTE = SessionAuthenticationFilter.class.getName() + ".token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final SessionService sessions;
    private final ProblemWriter problems;

    SessionAuthenticationFilter(SessionService sessions, ProblemWriter problems) {
        this.sessions = sessions;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<AuthUser> user = sessions.authenticate(token, false);
            if (user.isEmpty()) {
                problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "Unauthorized",
                        "The session token is invalid or expired");
                return;
            }
            authenticate(request, user.get(), token);
        } else {
            String token = cookieToken(request);
            Optional<AuthUser> user = token == null ? Optional.empty() : sessions.authenticate(token, true);
            if (user.isPresent()) {
                if (!SAFE.contains(request.getMethod()) && !sessions.csrfMatches(token, request.getHeader(CSRF_HEADER))) {
                    problems.write(response, HttpStatus.FORBIDDEN, "csrf", "Forbidden",
                            "Requests authenticated by the session cookie need the " + CSRF_HEADER + " header");
                    return;
                }
                authenticate(request, user.get(), token);
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String tokenOf(HttpServletRequest request) {
        return (String) request.getAttribute(TOKEN_ATTRIBUTE);
    }

    private static void authenticate(HttpServletRequest request, AuthUser user, String token) {
        request.setAttribute(TOKEN_ATTRIBUTE, token);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SessionAuthentication(user));
        SecurityContextHolder.setContext(context);
    }

    private static String cookieToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return null;
        for (Cookie c : cookies) {
            if (SessionService.COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) return c.getValue();
        }
        return null;
    }

    static final class SessionAuthentication extends AbstractAuthenticationToken {
        private final AuthUser user;

        SessionAuthentication(AuthUser user) {
            super(AuthorityUtils.NO_AUTHORITIES);
            this.user = user;
            setAuthenticated(true);
        }

        @Override public Object getCredentials() { return ""; }
        @Override public Object getPrincipal() { return user; }
    }
}
