package com.teezu.profiles.content;

import com.teezu.profiles.shared.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Duration;

/** Serves a media file only for a valid, unexpired signature: no path reaches a file without one. */
@RestController
class MediaController {

    private final MediaStorage storage;
    private final MediaUrls urls;

    MediaController(MediaStorage storage, MediaUrls urls) {
        this.storage = storage;
        this.urls = urls;
    }

    @GetMapping("/media/**")
    ResponseEntity<InputStreamResource> media(HttpServletRequest request,
                                              @RequestParam(required = false) Long exp,
                                              @RequestParam(required = false) String sig) throws IOException {
        String key = request.getRequestURI().substring("/media/".length());
        if (exp == null || !urls.valid(key, exp, sig)) {
            throw ApiProblem.forbidden("The media link is invalid or has expired");
        }
        var size = storage.size(key);
        var in = storage.open(key);
        if (in.isEmpty() || size.isEmpty()) throw ApiProblem.notFound("Media");
        long maxAge = Math.max(0, exp - System.currentTimeMillis() / 1000);
        MediaType type = key.endsWith(".png") ? MediaType.IMAGE_PNG
                : key.endsWith(".jpg") ? MediaType.IMAGE_JPEG : MediaType.parseMediaType("image/webp");
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(size.get())
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(maxAge)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in.get()));
    }
}
