package com.teezu.profiles.profile;

import com.teezu.profiles.fantasy.FantasyPatch;
import com.teezu.profiles.shared.web.NotCleared;
import com.teezu.profiles.shared.web.Patch;
import com.teezu.profiles.shared.web.PlainText;
import com.teezu.profiles.teezer.ScheduleRequest;
import com.teezu.profiles.auth.DisplayName;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

/**
 * A partial update of a profile ({@code PATCH /api/users/{id}/profile}). A field left out stays as it
 * is; {@code null} clears the fields that may be empty (bio, location, mood, the fantasy profile, the
 * schedule); an unknown or read-only field is a 400. Every problem is reported at once, with its path.
 */
@Schema(description = "Every field is optional: an absent one is kept, null clears the ones that may be empty")
record ProfilePatch(
        @Schema(minLength = 1, maxLength = DisplayName.MAX) @NotCleared Patch<@DisplayName String> displayName,
        @Schema(maxLength = MAX_BIO) Patch<@PlainText(max = MAX_BIO, multiline = true) String> bio,
        @Schema(maxLength = MAX_LOCATION) Patch<@PlainText(max = MAX_LOCATION) String> location,
        @Schema(description = "A mood of the catalogue (`GET /api/catalog`); null for none") Patch<Mood> currentMood,
        @NotCleared Patch<Boolean> teezerActive,
        @Schema(description = "null removes the fantasy profile") Patch<@Valid FantasyPatch> fantasyProfile,
        @Schema(description = "The weekly schedule; at most " + ScheduleRequest.MAX_SLOTS_PER_DAY
                + " slots a day, none overlapping; null removes it") Patch<@Valid ScheduleRequest> streamingSchedule) {

    static final int MAX_BIO = 500;
    static final int MAX_LOCATION = 64;

    /** Jackson fills absent fields with {@link Patch#absent()}; a body built in code may pass null for them. */
    ProfilePatch {
        displayName = orAbsent(displayName);
        bio = orAbsent(bio);
        location = orAbsent(location);
        currentMood = orAbsent(currentMood);
        teezerActive = orAbsent(teezerActive);
        fantasyProfile = orAbsent(fantasyProfile);
        streamingSchedule = orAbsent(streamingSchedule);
    }

    private static <T> Patch<T> orAbsent(Patch<T> p) {
        return p == null ? Patch.absent() : p;
    }
}
