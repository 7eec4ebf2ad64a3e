package com.teezu.profiles.stats;

import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

    private final StatsService stats;
    private final AuthService auth;

    StatsController(StatsService stats, AuthService auth) {
        this.stats = stats;
        this.auth = auth;
    }

    @PostMapping("/api/admin/recount")
    StatsService.RecountReport recount(@AuthenticationPrincipal AuthUser caller) {
        return stats.recount(auth.viewer(caller));
    }
}
