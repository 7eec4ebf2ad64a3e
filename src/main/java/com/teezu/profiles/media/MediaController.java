package com.teezu.profiles.media;

import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.ProblemResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Serves a media file only for a valid, unexpired signature: no path reaches a file without one. */
@RestController
class MediaController {

    private static final Logger log = LoggerFactory.getLogger(MediaController.class);

    private final MediaStorage storage;
    private final MediaUrls urls;

    MediaController(MediaStorage storage, MediaUrls urls) {
        this.storage = storage;
        this.urls = urls;
    }

    @GetMapping("/media/**")
    @ApiResponse(responseCode = "200", description = "The file; the links come signed in the API's answers", content = {
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))})
    @ProblemResponse(status = 503, description = "The media store cannot be reached; try again shortly")
    ResponseEntity<InputStreamResource> media(HttpServletRequest request,
                                              @RequestParam(required = false) Long exp,
                                              @RequestParam(required = false) String sig) throws IOException {
        String key = request.getRequestURI().substring("/media/".length());
        if (exp == null || !urls.valid(key, exp, sig)) {
            throw ApiProblem.forbidden("The media link is invalid or has expired");
        }
        Optional<MediaStorage.Media> media;
        try {
            media = storage.open(key);
        } catch (IOException e) {
            log.warn("Media {} could not be read: {}", key, e.getMessage());
            throw ApiProblem.unavailable("media-unavailable", "The media store cannot be reached; try again shortly");
        }
        if (media.isEmpty()) throw ApiProblem.notFound("Media");
        long maxAge = Math.max(0, exp - System.currentTimeMillis() / 1000);
        MediaType type = MediaType.parseMediaType(MediaStorage.contentType(key));
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(media.get().size())
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(maxAge)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(media.get().body()));
    }
}
