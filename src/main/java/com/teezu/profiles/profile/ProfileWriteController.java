package com.teezu.profiles.profile;


import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

@RestController
class ProfileWriteController {

    record PreferencesRequest(String consentPreference) {
    }

    record PreferencesView(String consentPreference) {
    }

    record LiveRequest(Boolean live) {
    }

    record VerificationRequest(Boolean identityVerified, Boolean ageVerified, String method, String provider,
                               String reference) {
    }

    private final ProfileEditService edits;
    private final LiveService live;

    ProfileWriteController(ProfileEditService edits, LiveService live) {
        this.edits = edits;
        this.live = live;
    }

    /** The body is read as a tree so that an absent field (keep) and null (clear) differ. */
    @PatchMapping("/api/users/{id}/profile")
    ProfileView patch(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                              schema = @Schema(implementation = ProfilePatch.Request.class))) @RequestBody JsonNode body,
                      @AuthenticationPrincipal AuthUser caller) {
        return edits.update(caller, id, body);
    }

    @PatchMapping("/api/users/{id}/preferences")
    PreferencesView preferences(@PathVariable String id, @RequestBody PreferencesRequest body,
                                @AuthenticationPrincipal AuthUser caller) {
        return new PreferencesView(edits.setConsentPreference(caller, id, body.consentPreference()));
    }

    @PostMapping("/api/users/{id}/live")
    LiveService.LiveState live(@PathVariable String id, @RequestBody LiveRequest body, @AuthenticationPrincipal AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        if (body.live() == null) throw ApiProblem.invalid("live", "must be true or false");
        return live.setLive(caller, id, body.live());
    }

    @PostMapping("/api/users/{id}/verification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> verify(@PathVariable String id, @RequestBody VerificationRequest body,
                                @AuthenticationPrincipal AuthUser caller) {
        edits.verify(caller, id, body.identityVerified(), body.ageVerified(), body.method(), body.provider(), body.reference());
        return ResponseEntity.noContent().build();
    }
}
