package com.teezu.profiles.teezer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.users.UserDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TeezerController {

    record TeezerRequest(@NotNull(message = "must be true or false") Boolean active) {
    }

    record TeezerView(boolean active, String status) {
    }

    private final TeezerService teezer;
    private final AuthService auth;
    private final UserDirectory users;

    TeezerController(TeezerService teezer, AuthService auth, UserDirectory users) {
        this.teezer = teezer;
        this.auth = auth;
        this.users = users;
    }

    @PatchMapping("/api/users/{id}/teezer")
    TeezerView toggle(@PathVariable String id, @Valid @RequestBody TeezerRequest body, @AuthenticationPrincipal AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        var target = users.require(id, AuthUser.idOf(caller));
        var state = teezer.setActive(auth.viewer(caller), target.id(), body.active());
        return new TeezerView(state.active(), state.status());
    }
}
