package com.teezu.profiles.subscriptions;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.ProblemResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** State and price; charges nothing. */
    @GetMapping("/api/users/{id}/subscription")
    SubscriptionService.State subscription(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return subscriptions.state(caller, id);
    }

    @PostMapping("/api/users/{id}/subscription")
    @ProblemResponse(status = 402, description = "Not enough tokens for the first month; nothing was charged")
    SubscriptionService.State subscribe(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return subscriptions.subscribe(caller, id);
    }

    @DeleteMapping("/api/users/{id}/subscription")
    SubscriptionService.State cancel(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return subscriptions.cancel(caller, id);
    }
}
