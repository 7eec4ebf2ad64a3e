package com.teezu.profiles.shared.web;

import java.util.Map;

/**
 * The security headers of a response that no filter wrote: Tomcat's own refusals and the Socket.IO
 * server. Spring Security writes the same set (plus the page CSP) on everything that reaches it.
 */
public final class SecurityHeaders {

    /** For responses that are data, never a page: nothing may be loaded, framed or sniffed from them. */
    public static final Map<String, String> API = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Cache-Control", "no-store",
            "Cross-Origin-Resource-Policy", "same-site");

    private SecurityHeaders() {
    }
}
