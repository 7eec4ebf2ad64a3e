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
import com.teezu.profiles.auth.Consent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

@RestController
class ProfileWriteController {

    record PreferencesRequest(@NotNull(message = "must be none, suggestive or explicit") Consent consentPreference) {
    }

    record PreferencesView(Consent consentPreference) {
    }

    record LiveRequest(@NotNull(message = "must be true or false") Boolean live) {
    }

    /** At least one of identityVerified and ageVerified (checked by the service with the rest of the decision). */
    record VerificationRequest(Boolean identityVerified, Boolean ageVerified,
                               @NotBlank(message = "is required (≤ 32 characters)") @Size(max = 32, message = "is required (≤ 32 characters)") String method,
                               @Size(max = 64, message = "at most {max} characters") String provider,
                               @Size(max = 128, message = "at most {max} characters") String reference) {
    }

    private final ProfileEditService edits;
    private final LiveService live;

    ProfileWriteController(ProfileEditService edits, LiveService live) {
        this.edits = edits;
        this.live = live;
    }

    /** Absent fields stay, null clears (see {@link ProfilePatch}). */
    @PatchMapping("/api/users/{id}/profile")
    ProfileView patch(@PathVariable String id, @Valid @RequestBody ProfilePatch body, @AuthenticationPrincipal AuthUser caller) {
        return edits.update(caller, id, body);
    }

    @PatchMapping("/api/users/{id}/preferences")
    PreferencesView preferences(@PathVariable String id, @Valid @RequestBody PreferencesRequest body,
                                @AuthenticationPrincipal AuthUser caller) {
        return new PreferencesView(edits.setConsentPreference(caller, id, body.consentPreference()));
    }

    @PostMapping("/api/users/{id}/live")
    LiveService.LiveState live(@PathVariable String id, @Valid @RequestBody LiveRequest body, @AuthenticationPrincipal AuthUser caller) {
        if (caller == null) throw ApiProblem.unauthorized();
        return live.setLive(caller, id, body.live());
    }

    @PostMapping("/api/users/{id}/verification")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> verify(@PathVariable String id, @Valid @RequestBody VerificationRequest body,
                                @AuthenticationPrincipal AuthUser caller) {
        edits.verify(caller, id, body.identityVerified(), body.ageVerified(), body.method(), body.provider(), body.reference());
        return ResponseEntity.noContent().build();
    }
}
