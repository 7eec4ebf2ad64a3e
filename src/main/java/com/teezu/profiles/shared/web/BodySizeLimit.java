package com.teezu.profiles.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * JSON bodies are small here (the largest is a profile with its schedule): anything announcing more
 * than {@value #MAX_JSON_BYTES} bytes is refused with 413 before it is read. Uploads (multipart)
 * have their own limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    static final long MAX_JSON_BYTES = 256 * 1024;

    private final ProblemWriter problems;

    BodySizeLimit(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && !type.startsWith("multipart/") && request.getContentLengthLong() > MAX_JSON_BYTES) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                    "Request bodies are limited to " + MAX_JSON_BYTES / 1024 + " KiB");
            return;
        }
        chain.doFilter(request, response);
    }
}
