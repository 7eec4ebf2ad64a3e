package com.teezu.profiles.fantasy;

import com.teezu.profiles.auth.Consent;
import com.teezu.profiles.shared.web.NoDuplicates;
import com.teezu.profiles.shared.web.NotCleared;
import com.teezu.profiles.shared.web.Patch;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to the fantasy profile, inside a profile PATCH: each field left out stays as it is. The
 * tags are keys of {@link FantasyCatalog}; the consent level is suggestive or explicit.
 */
public record FantasyPatch(
        @NotCleared Patch<@Valid DnaScores> dnaScores,
        @ArraySchema(maxItems = MAX_TAGS, uniqueItems = true, schema = @Schema(description = "kink keys of the catalogue"))
        @NotCleared Patch<@Size(max = MAX_TAGS, message = "at most {max} entries") @NoDuplicates
                List<@NotNull @InCatalog(InCatalog.Of.KINKS) String>> kinks,
        @ArraySchema(maxItems = MAX_TAGS, uniqueItems = true, schema = @Schema(description = "intent keys of the catalogue"))
        @NotCleared Patch<@Size(max = MAX_TAGS, message = "at most {max} entries") @NoDuplicates
                List<@NotNull @InCatalog(InCatalog.Of.INTENTS) String>> intent,
        @ArraySchema(maxItems = MAX_TAGS, uniqueItems = true, schema = @Schema(description = "availability keys of the catalogue"))
        @NotCleared Patch<@Size(max = MAX_TAGS, message = "at most {max} entries") @NoDuplicates
                List<@NotNull @InCatalog(InCatalog.Of.AVAILABILITY) String>> availability,
        @Schema(allowableValues = {"suggestive", "explicit"})
        @NotCleared Patch<@InCatalog(InCatalog.Of.CONSENT_LEVELS) Consent> consentLevel) {

    public static final int MAX_TAGS = 20;

    /** All five dimensions, each 0–100. */
    public record DnaScores(@Score Integer dominant, @Score Integer exhibitionist, @Score Integer voyeur,
                            @Score Integer romantic, @Score Integer kinky) {

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

    /** One DNA score: required, an integer from 0 to 100 (reported once, whichever part fails). */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @NotNull
    @Min(0)
    @Max(100)
    @ReportAsSingleViolation
    public @interface Score {
        String message() default "must be an integer from 0 to 100";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The stored form: null = keep. */
    public FantasyService.Changes changes() {
        return new FantasyService.Changes(dnaScores.value() == null ? null : dnaScores.value().asMap(),
                kinks.value(), intent.value(), availability.value(),
                consentLevel.value() == null ? null : consentLevel.value().key());
    }
}
