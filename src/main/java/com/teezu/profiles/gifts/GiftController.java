package com.teezu.profiles.gifts;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.UserDirectory;
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

    @GetMapping("/api/users/{id}/gifts")
    List<GiftService.VaultEntry> vault(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return gifts.vault(users.require(id, caller).id());
    }
}
