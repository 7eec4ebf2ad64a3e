package com.teezu.profiles.gifts;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.users.UserDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class GiftController {

    private final GiftService gifts;
    private final UserDirectory users;

    GiftController(GiftService gifts, UserDirectory users) {
        this.gifts = gifts;
        this.users = users;
    }

    record SendRequest(@jakarta.validation.constraints.NotNull(message = "is required") String type) {
    }

    @org.springframework.web.bind.annotation.PostMapping("/api/users/{id}/gifts")
    GiftService.Sent send(@PathVariable String id, @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody SendRequest body,
                          @org.springframework.web.bind.annotation.RequestHeader(value = "Idempotency-Key", required = false) String key,
                          @AuthenticationPrincipal AuthUser caller) {
        return gifts.send(caller, id, body.type(), key);
    }

    @GetMapping("/api/users/{id}/gifts")
    List<GiftService.VaultEntry> vault(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return gifts.vault(users.require(id, AuthUser.idOf(caller)).id());
    }
}
