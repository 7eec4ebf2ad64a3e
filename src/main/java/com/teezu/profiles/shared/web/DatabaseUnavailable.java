package com.teezu.profiles.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database cannot be reached (PostgreSQL down or restarting, or no pooled connection within the
 * pool's timeout): the request is answered 503 problem+json with {@code Retry-After}, not a 500 and a
 * stack trace per request, whichever layer met the failure. Controllers' exceptions are resolved here
 * before {@link ProblemHandling}'s catch-all turns them into a 500; a filter's (the session check reads
 * the database too) is caught by {@link Filter}, around the whole chain. One WARN line per
 * {@value #LOG_EVERY_SECONDS} s says how many requests were refused.
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final long LOG_EVERY_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final ProblemWriter problems;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

    DatabaseUnavailable(ProblemWriter problems) {
        this.problems = problems;
    }

    /**
     * True when {@code e} or one of its causes says the database is out of reach: a connection refused
     * or broken (SQLState class 08), the server shutting down or starting up (57P01–57P03), too many
     * connections (53300), or no connection from the pool in time. A rollback that failed on the broken
     * connection hides the statement's failure behind "Connection is closed" (no SQLState): the
     * statement's own exception decides.
     */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                return causedBy(rollback.getApplicationException());
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                        || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!causedBy(ex) || response.isCommitted()) return null;
        try {
            answer(request, response, ex);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView(); // answered: nothing more to render
    }

    /** Before Spring MVC's own resolvers (and so before {@link ProblemHandling}). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Throwable cause) throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Service unavailable",
                "The database cannot be reached right now; nothing was changed by this request, try again shortly");
        long count = refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if ((last == Long.MIN_VALUE || now - last > LOG_EVERY_SECONDS * 1_000_000_000L) && lastLogged.compareAndSet(last, now)) {
            log.warn("Database unreachable: {} requests answered 503 so far (this one {} {}): {}", count,
                    request.getMethod(), request.getRequestURI(), rootMessage(cause));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Around everything, so a database failure in a filter (the session check) is a 503 too. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Filter extends OncePerRequestFilter {

        private final DatabaseUnavailable unavailable;

        Filter(DatabaseUnavailable unavailable) {
            this.unavailable = unavailable;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (!causedBy(e) || response.isCommitted()) throw e;
                unavailable.answer(request, response, e);
            }
        }
    }
}
