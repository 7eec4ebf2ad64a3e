package com.teezu.profiles.fantasy;

import com.teezu.profiles.auth.Consent;
import com.teezu.profiles.shared.web.NoDuplicates;
import com.teezu.profiles.shared.web.NotCleared;
import com.teezu.profiles.shared.web.Patch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to the fantasy profile, inside a profile PATCH: each field left out stays as it is. The
 * tags are keys of {@link FantasyCatalog}; the consent level is suggestive or explicit.
 */
public record FantasyPatch(
        @NotCleared Patch<@Valid DnaScores> dnaScores,
        @NotCleared Patch<@Size(max = MAX_TAGS, message = "at most {max} entries") @NoDuplicates
                List<@NotNull @InCatalog(InCatalog.Of.KINKS) String>> kinks,
        @NotCleared Patch<@Size(max = MAX_TAGS, message = "at most {max} entries") @NoDuplicates
                List<@NotNull @InCatalog(InCatalog.Of.INTENTS) String>> intent,
        @NotCleared Patch<@Size(max = MAX_TAGS, message = "at most {max} entries") @NoDuplicates
                List<@NotNull @InCatalog(InCatalog.Of.AVAILABILITY) String>> availability,
        @NotCleared Patch<@InCatalog(InCatalog.Of.CONSENT_LEVELS) Consent> consentLevel) {

    public static final int MAX_TAGS = 20;

    /** All five dimensions, each 0–100. */
    public record DnaScores(
            @NotNull(message = "is required") @Min(value = 0, message = "must be an integer from 0 to 100") @Max(value = 100, message = "must be an integer from 0 to 100") Integer dominant,
            @NotNull(message = "is required") @Min(value = 0, message = "must be an integer from 0 to 100") @Max(value = 100, message = "must be an integer from 0 to 100") Integer exhibitionist,
            @NotNull(message = "is required") @Min(value = 0, message = "must be an integer from 0 to 100") @Max(value = 100, message = "must be an integer from 0 to 100") Integer voyeur,
            @NotNull(message = "is required") @Min(value = 0, message = "must be an integer from 0 to 100") @Max(value = 100, message = "must be an integer from 0 to 100") Integer romantic,
            @NotNull(message = "is required") @Min(value = 0, message = "must be an integer from 0 to 100") @Max(value = 100, message = "must be an integer from 0 to 100") Integer kinky) {

        /** In the catalogue's order of dimensions. */
        public Map<String, Integer> asMap() {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("dominant", dominant);
            m.put("exhibitionist", exhibitionist);
            m.put("voyeur", voyeur);
            m.put("romantic", romantic);
            m.put("kinky", kinky);
            return m;
        }
    }

    /** The stored form: null = keep. */
    public FantasyService.Changes changes() {
        return new FantasyService.Changes(dnaScores.value() == null ? null : dnaScores.value().asMap(),
                kinks.value(), intent.value(), availability.value(),
                consentLevel.value() == null ? null : consentLevel.value().key());
    }
}
