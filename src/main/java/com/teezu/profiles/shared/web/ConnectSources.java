package com.teezu.profiles.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * Origins besides the page's own that the web app's scripts may connect to (CSP {@code connect-src}),
 * contributed by the module that serves them (the Socket.IO server on its own port).
 */
public interface ConnectSources {

    /** Origins such as {@code ws://host:8081} for the page this request loads. */
    List<String> forPage(HttpServletRequest request);
}
