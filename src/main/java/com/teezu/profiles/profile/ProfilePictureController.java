package com.teezu.profiles.profile;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.media.MediaService;
import com.teezu.profiles.media.MediaUrls;
import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** The caller's own profile and cover pictures: stored (re-encoded) first, then the profile points at them. */
@RestController
class ProfilePictureController {

    record AvatarView(String avatarUrl) {
    }

    record CoverView(String coverUrl) {
    }

    private final MediaService media;
    private final MediaUrls urls;
    private final ProfileWriteRepository writes;

    ProfilePictureController(MediaService media, MediaUrls urls, ProfileWriteRepository writes) {
        this.media = media;
        this.urls = urls;
        this.writes = writes;
    }

    @PutMapping(value = "/api/users/me/avatar", consumes = "multipart/form-data")
    AvatarView avatar(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser caller) throws IOException {
        if (caller == null) throw ApiProblem.unauthorized();
        String key = media.storeAvatar(file.getBytes());
        writes.setAvatar(caller.id(), key);
        return new AvatarView(urls.url(key));
    }

    @PutMapping(value = "/api/users/me/cover", consumes = "multipart/form-data")
    CoverView cover(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthUser caller) throws IOException {
        if (caller == null) throw ApiProblem.unauthorized();
        String key = media.storeCover(file.getBytes());
        writes.setCover(caller.id(), key);
        return new CoverView(urls.url(key));
    }
}
