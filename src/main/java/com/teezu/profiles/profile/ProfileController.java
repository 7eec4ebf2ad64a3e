package com.teezu.profiles.profile;

import com.teezu.profiles.auth.AuthUser;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

@RestController
class ProfileController {

    private final ProfileService profiles;
    private final JsonMapper json;

    ProfileController(ProfileService profiles, JsonMapper json) {
        this.profiles = profiles;
        this.json = json;
    }

    /**
     * The whole profile for this viewer. The ETag hashes the viewer's id with the body, so one
     * viewer's ETag never answers 304 to another; responses are private to the viewer. Spring answers
     * a matching {@code If-None-Match} with 304 itself (the ResponseEntity's ETag goes through
     * {@code checkNotModified}), keeping the caching headers.
     */
    @GetMapping("/api/users/{id}/profile")
    @ApiResponse(responseCode = "200", description = "The profile as this viewer may see it", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ProfileView.class),
            examples = @ExampleObject(name = "lovelylena", ref = ProfileApiDocs.LOVELYLENA)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match", content = @Content)
    ResponseEntity<byte[]> profile(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        byte[] body = json.writeValueAsBytes(profiles.read(id, caller));
        return ResponseEntity.ok()
                .eTag(etag(caller, body))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .varyBy(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(AuthUser caller, byte[] body) {
        try {
            MessageDigest digest = (MessageDigest) SHA_256.clone(); // no provider lookup per request
            digest.update((caller == null ? "anonymous" : caller.id().toString()).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            byte[] hash = digest.digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18)) + "\"";
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
