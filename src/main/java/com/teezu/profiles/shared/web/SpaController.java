package com.teezu.profiles.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The web app's own routes are served by its index.html; the app reads the path itself (a profile's: ProfilePageController, with its preview card). */
@Controller
class SpaController {

    @GetMapping({"/", "/login", "/register", "/settings", "/settings/**", "/quiz", "/wallet", "/wallet/**", "/checkout/**",
            "/notifications", "/explore", "/messages", "/messages/**", "/teezer"})
    String index() {
        return "forward:/index.html";
    }
}
