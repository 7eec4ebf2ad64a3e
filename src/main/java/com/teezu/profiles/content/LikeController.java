package com.teezu.profiles.content;

import com.teezu.profiles.auth.AuthUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LikeController {

    private final LikeService likes;

    LikeController(LikeService likes) {
        this.likes = likes;
    }

    @PutMapping("/api/content/{id}/like")
    LikeService.LikeState like(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return likes.set(caller, id, true);
    }

    @DeleteMapping("/api/content/{id}/like")
    LikeService.LikeState unlike(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        return likes.set(caller, id, false);
    }
}
