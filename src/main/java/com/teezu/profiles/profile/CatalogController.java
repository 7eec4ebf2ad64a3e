package com.teezu.profiles.profile;

import com.teezu.profiles.fantasy.FantasyCatalog;

import com.teezu.profiles.auth.Role;
import com.teezu.profiles.gifts.GiftService;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Every label, emoji and colour the UI shows, from one place. */
@RestController
class CatalogController {

    record RoleView(String key, String label, List<String> colors) {
    }

    record CatalogView(List<Catalog.MoodView> moods, List<RoleView> roles, List<FantasyCatalog.Tag> kinks,
                       List<FantasyCatalog.Tag> intents, List<FantasyCatalog.Tag> availability, List<String> consentLevels,
                       List<String> dnaDimensions, List<GiftService.GiftType> giftTypes) {
    }

    private final GiftService gifts;

    CatalogController(GiftService gifts) {
        this.gifts = gifts;
    }

    @GetMapping("/api/catalog")
    ResponseEntity<CatalogView> catalog() {
        var roles = Arrays.stream(Role.values()).map(r -> new RoleView(r.key(), r.badgeLabel(), r.badgeColors())).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new CatalogView(Catalog.MOODS, roles, FantasyCatalog.KINKS, FantasyCatalog.INTENTS, FantasyCatalog.AVAILABILITY,
                        FantasyCatalog.CONSENT_LEVELS, FantasyCatalog.DNA_DIMENSIONS, gifts.types()));
    }
}
