package com.teezu.profiles.profile;

import com.teezu.profiles.fantasy.FantasyCatalog;

import com.teezu.profiles.shared.web.FieldError;
import com.teezu.profiles.teezer.ScheduleParser;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked partial update of a profile. A field that is absent stays as it is; {@code null} clears
 * the fields that may be empty. Every problem is reported at once, with its JSON path.
 */
record ProfilePatch(Set<String> present, String displayName, String bio, String location, String currentMood,
                    Boolean teezerActive, FantasyPatch fantasyProfile, ScheduleParser.Parsed streamingSchedule) {

    static final int MAX_NAME = 64;
    static final int MAX_BIO = 500;
    static final int MAX_LOCATION = 64;
    static final int MAX_TAGS = 20;
    static final Set<String> FIELDS = Set.of("displayName", "bio", "location", "currentMood", "teezerActive",
            "fantasyProfile", "streamingSchedule");

    /**
     * The body as the API document shows it; {@link #parse} reads the tree itself, so that an absent field
     * (keep) and null (clear) differ. Every field is optional.
     */
    @Schema(description = "Every field is optional: an absent one is kept, null clears the ones that may be empty")
    record Request(@Schema(minLength = 1, maxLength = MAX_NAME) String displayName,
                   @Schema(maxLength = MAX_BIO) @Nullable String bio,
                   @Schema(maxLength = MAX_LOCATION) @Nullable String location,
                   @Schema(description = "A mood key of the catalogue (`GET /api/catalog`); null for none") @Nullable String currentMood,
                   Boolean teezerActive,
                   @Schema(description = "null removes the fantasy profile") @Nullable FantasyPatch fantasyProfile,
                   @Schema(description = "The weekly schedule; at most " + ScheduleParser.MAX_SLOTS_PER_DAY
                           + " slots a day, none overlapping") ProfileView.@Nullable Schedule streamingSchedule) {
    }

    /** Fields absent = keep; a FantasyPatch of null = remove the fantasy profile. */
    record FantasyPatch(Map<String, Integer> dnaScores, List<String> kinks, List<String> intent,
                        List<String> availability, String consentLevel) {
    }

    boolean has(String field) {
        return present.contains(field);
    }

    static ProfilePatch parse(JsonNode body, List<FieldError> errors) {
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("body", "must be a JSON object"));
            return null;
        }
        Set<String> present = new HashSet<>();
        for (String name : body.propertyNames()) {
            if (FIELDS.contains(name)) present.add(name);
            else errors.add(new FieldError(name, "unknown or read-only field"));
        }
        String displayName = body.has("displayName") ? text(body.get("displayName"), "displayName", MAX_NAME, false, false, errors) : null;
        String bio = body.has("bio") ? text(body.get("bio"), "bio", MAX_BIO, true, true, errors) : null;
        String location = body.has("location") ? text(body.get("location"), "location", MAX_LOCATION, true, false, errors) : null;
        String mood = null;
        if (body.has("currentMood")) {
            JsonNode m = body.get("currentMood");
            if (!m.isNull()) {
                if (!m.isString() || Catalog.mood(m.stringValue()).isEmpty()) {
                    errors.add(new FieldError("currentMood", "must be one of the catalogue's moods or null"));
                } else {
                    mood = m.stringValue();
                }
            }
        }
        Boolean teezer = null;
        if (body.has("teezerActive")) {
            JsonNode t = body.get("teezerActive");
            if (!t.isBoolean()) errors.add(new FieldError("teezerActive", "must be true or false"));
            else teezer = t.booleanValue();
        }
        FantasyPatch fantasy = body.has("fantasyProfile") && !body.get("fantasyProfile").isNull()
                ? fantasy(body.get("fantasyProfile"), errors) : null;
        ScheduleParser.Parsed schedule = body.has("streamingSchedule") && !body.get("streamingSchedule").isNull()
                ? ScheduleParser.parse(body.get("streamingSchedule"), "streamingSchedule", errors) : null;
        return new ProfilePatch(present, displayName, bio, location, mood, teezer, fantasy, schedule);
    }

    private static String text(JsonNode node, String field, int max, boolean nullable, boolean multiline, List<FieldError> errors) {
        if (node.isNull()) {
            if (!nullable) errors.add(new FieldError(field, "may not be null"));
            return null;
        }
        if (!node.isString()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String s = node.stringValue();
        if (s.codePointCount(0, s.length()) > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
            return null;
        }
        boolean control = s.codePoints().anyMatch(c -> (Character.isISOControl(c) && !(multiline && c == '\n'))
                || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE);
        if (control) {
            errors.add(new FieldError(field, "may not contain control characters"));
            return null;
        }
        if (!nullable && s.isBlank()) {
            errors.add(new FieldError(field, "may not be blank"));
            return null;
        }
        return s;
    }

    private static FantasyPatch fantasy(JsonNode node, List<FieldError> errors) {
        String f = "fantasyProfile";
        if (!node.isObject()) {
            errors.add(new FieldError(f, "must be an object or null"));
            return null;
        }
        int before = errors.size();
        for (String name : node.propertyNames()) {
            if (!Set.of("dnaScores", "kinks", "intent", "availability", "consentLevel").contains(name)) {
                errors.add(new FieldError(f + "." + name, "unknown field"));
            }
        }
        Map<String, Integer> dna = null;
        if (node.has("dnaScores")) {
            JsonNode d = node.get("dnaScores");
            if (!d.isObject()) {
                errors.add(new FieldError(f + ".dnaScores", "must be an object with the five dimensions"));
            } else {
                dna = new LinkedHashMap<>();
                for (String name : d.propertyNames()) {
                    if (!FantasyCatalog.DNA_DIMENSIONS.contains(name)) errors.add(new FieldError(f + ".dnaScores." + name, "unknown dimension"));
                }
                for (String dim : FantasyCatalog.DNA_DIMENSIONS) {
                    JsonNode v = d.get(dim);
                    if (v == null) {
                        errors.add(new FieldError(f + ".dnaScores." + dim, "is required"));
                    } else if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0 || v.intValue() > 100) {
                        errors.add(new FieldError(f + ".dnaScores." + dim, "must be an integer from 0 to 100"));
                    } else {
                        dna.put(dim, v.intValue());
                    }
                }
            }
        }
        List<String> kinks = node.has("kinks") ? tags(node.get("kinks"), f + ".kinks", FantasyCatalog.KINKS, errors) : null;
        List<String> intent = node.has("intent") ? tags(node.get("intent"), f + ".intent", FantasyCatalog.INTENTS, errors) : null;
        List<String> availability = node.has("availability")
                ? tags(node.get("availability"), f + ".availability", FantasyCatalog.AVAILABILITY, errors) : null;
        String consent = null;
        if (node.has("consentLevel")) {
            JsonNode c = node.get("consentLevel");
            if (!c.isString() || !FantasyCatalog.CONSENT_LEVELS.contains(c.stringValue())) {
                errors.add(new FieldError(f + ".consentLevel", "must be suggestive or explicit"));
            } else {
                consent = c.stringValue();
            }
        }
        return errors.size() > before ? null : new FantasyPatch(dna, kinks, intent, availability, consent);
    }

    private static List<String> tags(JsonNode node, String field, List<FantasyCatalog.Tag> catalog, List<FieldError> errors) {
        if (!node.isArray()) {
            errors.add(new FieldError(field, "must be a list"));
            return null;
        }
        if (node.size() > MAX_TAGS) {
            errors.add(new FieldError(field, "at most " + MAX_TAGS + " entries"));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            if (!t.isString() || !FantasyCatalog.has(catalog, t.stringValue())) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown; see the catalogue"));
            } else if (out.contains(t.stringValue())) {
                errors.add(new FieldError(field + "[" + i + "]", "duplicate"));
            } else {
                out.add(t.stringValue());
            }
        }
        return out;
    }
}
