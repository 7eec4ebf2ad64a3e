package com.teezu.profiles.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The media types of a request, checked once before anything runs. Its {@code Content-Type} must name
 * one concrete type ({@code application/json}, not {@code *}{@code /*} or {@code garbage}): Spring
 * refuses a wildcard with an assertion deep inside its body reading (a 500) — 415. An API request's
 * {@code Accept} must admit JSON when it writes: Spring negotiates the answer only after the handler
 * has run, so a follow sent with {@code Accept: application/xml} was stored and then answered 406 — now
 * it is 406 and nothing happens.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MediaTypeCheck extends OncePerRequestFilter {

    private final ProblemWriter problems;

    MediaTypeCheck(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && !concrete(type)) {
            problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "Content-Type must name one media type, such as application/json");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank() && unsafe(request.getMethod()) && request.getRequestURI().startsWith("/api/")
                && !admitsJson(accept)) {
            problems.write(response, HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                    "The API answers in JSON; Accept must allow application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A read refused after it ran costs nothing; a write must be refused before it runs. */
    private static boolean unsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    static boolean admitsJson(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(t -> t.getQualityValue() > 0 && (t.includes(MediaType.APPLICATION_JSON) || t.includes(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (IllegalArgumentException e) // InvalidMediaTypeException too
         {
            return false;
        }
    }

    static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
