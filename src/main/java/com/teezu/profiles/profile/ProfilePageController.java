package com.teezu.profiles.profile;

import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A profile's address opened in a browser or by a link preview (a chat app, a social network): the web
 * app's index.html with the profile's title and its Open Graph and Twitter card in the head — name,
 * bio and the public avatar, exactly what an anonymous visitor sees, never a locked or premium picture.
 */
@Controller
class ProfilePageController {

    private final ProfileService profiles;
    private volatile String index;

    ProfilePageController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping(path = {"/@{username:[A-Za-z0-9_]{1,32}}", "/@{username:[A-Za-z0-9_]{1,32}}/post/{id:[0-9a-fA-F-]{36}}"},
            produces = {MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<String> page(@PathVariable String username) {
        String html = index();
        if (html == null) return ResponseEntity.notFound().build(); // built without the front end
        ProfileView view;
        try {
            view = profiles.read(username, null); // as an anonymous visitor: public data only
        } catch (ApiProblem e) {
            return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_HTML).header(HttpHeaders.CACHE_CONTROL, "no-cache").body(html);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(withMeta(html, view));
    }

    static String withMeta(String html, ProfileView view) {
        var user = view.user();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String title = user.displayName() + " (@" + user.username() + ") · TeezU";
        String description = user.bio() == null || user.bio().isBlank() ? user.displayName() + " on TeezU" : shorten(user.bio(), 200);
        StringBuilder meta = new StringBuilder();
        meta.append("<title>").append(escape(title)).append("</title>\n");
        tag(meta, "name", "description", description);
        tag(meta, "property", "og:type", "profile");
        tag(meta, "property", "og:site_name", "TeezU");
        tag(meta, "property", "og:title", title);
        tag(meta, "property", "og:description", description);
        tag(meta, "property", "og:url", base + "/@" + user.username());
        tag(meta, "property", "profile:username", user.username());
        tag(meta, "name", "twitter:card", user.avatarUrl() == null ? "summary" : "summary_large_image");
        tag(meta, "name", "twitter:title", title);
        tag(meta, "name", "twitter:description", description);
        if (user.avatarUrl() != null) {
            String image = user.avatarUrl().startsWith("/") ? base + user.avatarUrl() : user.avatarUrl();
            tag(meta, "property", "og:image", image);
            tag(meta, "property", "og:image:alt", user.displayName());
            tag(meta, "name", "twitter:image", image);
        }
        String head = html.replaceFirst("(?s)<title>.*?</title>\\s*", "").replaceFirst("<meta name=\"description\"[^>]*>\\s*", "");
        int at = head.indexOf("</head>");
        return at < 0 ? head : head.substring(0, at) + meta + head.substring(at);
    }

    private static void tag(StringBuilder out, String attribute, String key, String content) {
        out.append("<meta ").append(attribute).append("=\"").append(key).append("\" content=\"").append(escape(content)).append("\" />\n");
    }

    private static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) return oneLine;
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private String index() {
        if (index == null) {
            try (var in = new ClassPathResource("static/index.html").getInputStream()) {
                index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
        return index;
    }
}
