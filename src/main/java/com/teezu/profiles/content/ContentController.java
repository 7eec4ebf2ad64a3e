package com.teezu.profiles.content;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Map;

@RestController
class ContentController {

    private final UnlockService unlocks;
    private final SubscriptionService subscriptions;
    private final MediaService media;
    private final MediaUrls urls;

    ContentController(UnlockService unlocks, SubscriptionService subscriptions, MediaService media, MediaUrls urls) {
        this.unlocks = unlocks;
        this.subscriptions = subscriptions;
        this.media = media;
        this.urls = urls;
    }

    @PostMapping("/api/content/{id}/unlock")
    UnlockService.Reveal unlock(@PathVariable String id, @AuthenticationPrincipal AuthUser caller,
                                @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return unlocks.unlock(caller, id, key);
    }

    @GetMapping("/api/users/{id}/subscription")
    SubscriptionService.State subscription(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return subscriptions.state(caller, id);
    }

    @PostMapping("/api/users/{id}/subscription")
    SubscriptionService.State subscribe(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return subscriptions.subscribe(caller, id);
    }

    @DeleteMapping("/api/users/{id}/subscription")
    SubscriptionService.State cancel(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return subscriptions.cancel(caller, id);
    }

    @PostMapping(value = "/api/content", consumes = "multipart/form-data")
    ResponseEntity<MediaService.Published> publish(@RequestParam("file") MultipartFile file,
                                                   @RequestParam String visibility,
                                                   @RequestParam(required = false) Integer priceTokens,
                                                   @RequestParam(required = false) String title,
                                                   @AuthenticationPrincipal AuthUser caller) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(media.publish(caller, file.getBytes(), title, visibility, priceTokens));
    }

    @DeleteMapping("/api/content/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        media.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(value = "/api/users/me/avatar", consumes = "multipart/form-data")
    Map<String, String> avatar(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser caller) throws IOException {
        if (caller == null) throw ApiProblem.unauthorized();
        return Map.of("avatarUrl", urls.url(media.setAvatar(caller, file.getBytes())));
    }

    @PutMapping(value = "/api/users/me/cover", consumes = "multipart/form-data")
    Map<String, String> cover(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser caller) throws IOException {
        if (caller == null) throw ApiProblem.unauthorized();
        return Map.of("coverUrl", urls.url(media.setCover(caller, file.getBytes())));
    }
}
