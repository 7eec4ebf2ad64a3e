package com.teezu.profiles.profile;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.fantasy.FantasyService;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.FieldError;
import com.teezu.profiles.users.UserDirectory;
import com.teezu.profiles.teezer.TeezerChanged;
import org.jooq.Field;
import org.jooq.JSONB;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.USERS;

/** The owner's edits: all or nothing, every invalid field reported at once. */
@Service
public class ProfileEditService {

    private final ProfileWriteRepository writes;
    private final ProfileService profiles;
    private final AuthService auth;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final FantasyService fantasies;
    private final JsonMapper json;

    ProfileEditService(ProfileWriteRepository writes, ProfileService profiles, AuthService auth, UserDirectory users,
                       ApplicationEventPublisher events, FantasyService fantasies, JsonMapper json) {
        this.writes = writes;
        this.profiles = profiles;
        this.auth = auth;
        this.users = users;
        this.events = events;
        this.fantasies = fantasies;
        this.json = json;
    }

    @Transactional
    public ProfileView update(AuthUser caller, String id, JsonNode body) {
        Viewer viewer = auth.viewer(caller);
        UUID userId = owned(viewer, id);
        List<FieldError> errors = new ArrayList<>();
        ProfilePatch patch = ProfilePatch.parse(body, errors);
        var current = writes.lock(userId).orElseThrow(() -> ApiProblem.notFound("User"));
        boolean creator = viewer.has(Permission.USE_TEEZER);
        if (patch != null) {
            if (patch.has("teezerActive") && !creator) {
                throw ApiProblem.forbidden("Only creators have a Teezer");
            }
            if (patch.has("streamingSchedule") && !creator) {
                errors.add(new FieldError("streamingSchedule", "only creators have a schedule"));
            }
            if (patch.fantasyProfile() != null && patch.fantasyProfile().dnaScores() == null && !current.hasFantasy()) {
                errors.add(new FieldError("fantasyProfile.dnaScores", "is required for a new fantasy profile"));
            }
        }
        if (!errors.isEmpty()) throw ApiProblem.invalid(errors);

        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        if (patch.has("displayName")) changes.put(USERS.DISPLAY_NAME, patch.displayName());
        if (patch.has("bio")) changes.put(USERS.BIO, patch.bio());
        if (patch.has("location")) changes.put(USERS.LOCATION, patch.location());
        if (patch.has("currentMood")) changes.put(USERS.CURRENT_MOOD, ProfileWriteRepository.mood(patch.currentMood()));
        if (patch.has("teezerActive")) changes.put(USERS.TEEZER_ACTIVE, patch.teezerActive());
        if (patch.streamingSchedule() != null) changes.put(USERS.TIME_ZONE, patch.streamingSchedule().zone().getId());
        writes.updateUser(userId, changes);

        if (patch.has("fantasyProfile")) {
            var f = patch.fantasyProfile();
            if (f == null) fantasies.remove(userId);
            else fantasies.save(userId, new FantasyService.Changes(f.dnaScores(), f.kinks(), f.intent(), f.availability(), f.consentLevel()));
        }
        if (patch.has("streamingSchedule")) {
            if (patch.streamingSchedule() == null) writes.deleteSchedule(userId);
            else writes.upsertSchedule(userId, JSONB.jsonb(json.writeValueAsString(patch.streamingSchedule().schedule().toJson())));
        }

        if (patch.has("currentMood") && !Objects.equals(current.mood(), patch.currentMood())) {
            events.publishEvent(new ProfileEvents.MoodChanged(userId, patch.currentMood()));
        }
        if (patch.has("teezerActive") || patch.has("streamingSchedule")) {
            events.publishEvent(new TeezerChanged(userId));
        }
        if (patch.has("displayName") || patch.has("bio") || patch.has("location") || patch.has("fantasyProfile")) {
            events.publishEvent(new ProfileEvents.ProfileChanged(userId));
        }
        return profiles.read(userId.toString(), caller);
    }

    /** A viewer's own consent preference: the level of fantasy content she has opted into. */
    @Transactional
    public String setConsentPreference(AuthUser caller, String id, String consent) {
        UUID userId = owned(auth.viewer(caller), id);
        if (consent == null || !List.of("none", "suggestive", "explicit").contains(consent)) {
            throw ApiProblem.invalid("consentPreference", "must be none, suggestive or explicit");
        }
        writes.setConsentPreference(userId, consent);
        return consent;
    }

    /** Staff only: identity and age decisions, each with an audit record (never an image). */
    @Transactional
    public void verify(AuthUser caller, String id, Boolean identity, Boolean age, String method, String provider,
                       String reference) {
        if (caller == null) throw ApiProblem.unauthorized();
        Viewer viewer = auth.viewer(caller);
        if (!AccessPolicy.canVerifyUsers(viewer)) throw ApiProblem.forbidden("Only staff verify users");
        UUID userId = users.require(id, AuthUser.idOf(caller)).id();
        List<FieldError> errors = new ArrayList<>();
        if (identity == null && age == null) errors.add(new FieldError("identityVerified", "give identityVerified and/or ageVerified"));
        if (method == null || method.isBlank() || method.length() > 32) errors.add(new FieldError("method", "is required (≤ 32 characters)"));
        if (provider != null && provider.length() > 64) errors.add(new FieldError("provider", "at most 64 characters"));
        if (reference != null && reference.length() > 128) errors.add(new FieldError("reference", "at most 128 characters"));
        if (!errors.isEmpty()) throw ApiProblem.invalid(errors);
        writes.recordVerification(userId, viewer.id(), identity, age, method, provider, reference);
        events.publishEvent(new ProfileEvents.ProfileChanged(userId));
    }

    private UUID owned(Viewer viewer, String id) {
        if (!viewer.authenticated()) throw ApiProblem.unauthorized();
        UUID userId = users.require(id, viewer.id()).id();
        if (!AccessPolicy.canEditProfile(viewer, userId)) {
            throw ApiProblem.forbidden("You can only change your own profile");
        }
        return userId;
    }
}
