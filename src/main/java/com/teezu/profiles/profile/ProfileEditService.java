package com.teezu.profiles.profile;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthService;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Consent;
import com.teezu.profiles.auth.Permission;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.fantasy.FantasyPatch;
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
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The body was validated where it entered; here the rules that need the stored profile and the role. */
    @Transactional
    public ProfileView update(AuthUser caller, String id, ProfilePatch patch) {
        Viewer viewer = auth.viewer(caller);
        UUID userId = owned(viewer, id);
        var current = writes.lock(userId).orElseThrow(() -> ApiProblem.notFound("User"));
        boolean creator = viewer.has(Permission.USE_TEEZER);
        if (patch.teezerActive().present() && !creator) throw ApiProblem.forbidden("Only creators have a Teezer");
        List<FieldError> errors = new ArrayList<>();
        if (patch.streamingSchedule().present() && !creator) {
            errors.add(new FieldError("streamingSchedule", "only creators have a schedule"));
        }
        FantasyPatch fantasy = patch.fantasyProfile().value();
        if (fantasy != null && !fantasy.dnaScores().present() && !current.hasFantasy()) {
            errors.add(new FieldError("fantasyProfile.dnaScores", "is required for a new fantasy profile"));
        }
        if (!errors.isEmpty()) throw ApiProblem.invalid(errors);

        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        patch.displayName().ifPresent(v -> changes.put(USERS.DISPLAY_NAME, v));
        patch.bio().ifPresent(v -> changes.put(USERS.BIO, v));
        patch.location().ifPresent(v -> changes.put(USERS.LOCATION, v));
        patch.currentMood().ifPresent(v -> changes.put(USERS.CURRENT_MOOD, ProfileWriteRepository.mood(v)));
        patch.teezerActive().ifPresent(v -> changes.put(USERS.TEEZER_ACTIVE, v));
        patch.streamingSchedule().ifPresent(v -> { if (v != null) changes.put(USERS.TIME_ZONE, v.zone().getId()); });
        writes.updateUser(userId, changes);

        patch.fantasyProfile().ifPresent(f -> {
            if (f == null) fantasies.remove(userId);
            else fantasies.save(userId, f.changes());
        });
        patch.streamingSchedule().ifPresent(s -> {
            if (s == null) writes.deleteSchedule(userId);
            else writes.upsertSchedule(userId, JSONB.jsonb(json.writeValueAsString(s.schedule().toDays())));
        });

        if (patch.currentMood().present() && current.mood() != patch.currentMood().value()) {
            events.publishEvent(new ProfileEvents.MoodChanged(userId, patch.currentMood().value()));
        }
        if (patch.teezerActive().present() || patch.streamingSchedule().present()) {
            events.publishEvent(new TeezerChanged(userId));
        }
        if (patch.displayName().present() || patch.bio().present() || patch.location().present()
                || patch.fantasyProfile().present()) {
            events.publishEvent(new ProfileEvents.ProfileChanged(userId));
        }
        return profiles.read(userId.toString(), caller);
    }

    /** A viewer's own consent preference: the level of fantasy content she has opted into. */
    @Transactional
    public Consent setConsentPreference(AuthUser caller, String id, Consent consent) {
        UUID userId = owned(auth.viewer(caller), id);
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
