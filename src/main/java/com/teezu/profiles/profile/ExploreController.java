package com.teezu.profiles.profile;

import com.teezu.profiles.media.MediaUrls;
import com.teezu.profiles.shared.web.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Explore: creators to discover, those live now first, optionally searched by name (public; no private number). */
@RestController
class ExploreController {

    static final int MAX_QUERY = 64;
    static final int LIMIT = 24;

    record Creator(UUID id, String username, String displayName, @Nullable String avatarUrl, boolean isLive, boolean isVerified,
                   Catalog.@Nullable MoodView mood, int followers) {
    }

    record ExploreView(List<Creator> creators) {
    }

    private final ExploreRepository explore;
    private final MediaUrls media;

    ExploreController(ExploreRepository explore, MediaUrls media) {
        this.explore = explore;
        this.media = media;
    }

    @GetMapping("/api/explore")
    ExploreView explore(@RequestParam(required = false) String q) {
        String query = q == null ? "" : q.strip();
        if (query.codePointCount(0, query.length()) > MAX_QUERY) throw ApiProblem.invalid("q", "at most " + MAX_QUERY + " characters");
        if (query.chars().anyMatch(Character::isISOControl)) throw ApiProblem.invalid("q", "must not contain control characters");
        return new ExploreView(explore.creators(query, LIMIT).stream().map(c -> new Creator(c.id(), c.username(), c.displayName(),
                c.avatarKey() == null ? null : media.url(c.avatarKey()), c.live(), c.verified(),
                c.mood() == null ? null : Mood.fromKey(c.mood()).view(), c.followers())).toList());
    }
}
