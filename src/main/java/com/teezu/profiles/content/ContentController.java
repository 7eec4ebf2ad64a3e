package com.teezu.profiles.content;

import com.teezu.profiles.auth.Visibility;
import com.teezu.profiles.shared.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.teezu.profiles.auth.AuthUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

@RestController
class ContentController {

    private final UnlockService unlocks;
    private final PostService posts;

    ContentController(UnlockService unlocks, PostService posts) {
        this.unlocks = unlocks;
        this.posts = posts;
    }

    @PostMapping("/api/content/{id}/unlock")
    UnlockService.Reveal unlock(@PathVariable String id, @AuthenticationPrincipal AuthUser caller,
                                @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return unlocks.unlock(caller, id, key);
    }

    /** The form fields of a new post beside its picture ({@code file}). */
    record PostRequest(@NotNull(message = "must be public, premium or locked") Visibility visibility,
                       @Min(value = 1, message = "a locked item needs a price of 1–100,000 tokens")
                       @Max(value = 100_000, message = "a locked item needs a price of 1–100,000 tokens") Integer priceTokens,
                       @PlainText(max = 120, message = "at most 120 characters, no control characters") String title) {
    }

    @PostMapping(value = "/api/content", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PostService.Published> publish(@RequestParam("file") MultipartFile file, @Valid PostRequest post,
                                                  @AuthenticationPrincipal AuthUser caller) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(posts.publish(caller, file.getBytes(), post.title(), post.visibility(), post.priceTokens()));
    }

    @DeleteMapping("/api/content/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        posts.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
