package com.teezu.profiles.content;

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

    @PostMapping(value = "/api/content", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PostService.Published> publish(@RequestParam("file") MultipartFile file,
                                                  @RequestParam String visibility,
                                                  @RequestParam(required = false) Integer priceTokens,
                                                  @RequestParam(required = false) String title,
                                                  @AuthenticationPrincipal AuthUser caller) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(posts.publish(caller, file.getBytes(), title, visibility, priceTokens));
    }

    @DeleteMapping("/api/content/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        posts.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
