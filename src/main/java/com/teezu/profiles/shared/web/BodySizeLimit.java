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
 * than {@value #MAX_JSON_BYTES} bytes is refused with 413 before it is read, and a body without a
 * length (chunked) is cut off with 413 as soon as it streams past that, so it is never read whole.
 * Uploads (multipart) have their own limit.
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
        if (type != null && !type.startsWith("multipart/") && request.getContentLengthLong() < 0) {
            chain.doFilter(new Bounded(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Thrown while a body without a length streams past the limit; answered 413 by {@link ProblemHandling}. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body larger than " + MAX_JSON_BYTES + " bytes");
        }
    }

    /** A request whose body stops with {@link TooLarge} after {@value #MAX_JSON_BYTES} bytes. */
    private static final class Bounded extends jakarta.servlet.http.HttpServletRequestWrapper {
        private jakarta.servlet.ServletInputStream in;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            if (in == null) in = new Counting(super.getInputStream());
            return in;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class Counting extends jakarta.servlet.ServletInputStream {
        private final jakarta.servlet.ServletInputStream in;
        private long read;

        Counting(jakarta.servlet.ServletInputStream in) {
            this.in = in;
        }

        private int count(int n) throws IOException {
            if (n > 0 && (read += n) > MAX_JSON_BYTES) throw new TooLarge();
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
