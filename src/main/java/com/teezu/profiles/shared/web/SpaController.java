package com.teezu.profiles.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The web app's own routes are served by its index.html; the app reads the path itself. */
@Controller
class SpaController {

    @GetMapping({"/", "/@{username:[A-Za-z0-9_]{1,32}}", "/login", "/register", "/settings", "/settings/**",
            "/quiz", "/wallet", "/wallet/**", "/checkout/**", "/notifications"})
    String index() {
        return "forward:/index.html";
    }
}
