package com.teezu.profiles.shared;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.teezu.profiles.db.Tables.USERS;
import static org.jooq.impl.DSL.lower;

/** (A repository shared by every feature.) Turns a path's {@code :id} (UUID, username or {@code me}) into an existing user's id, for every feature. */
@Repository
public class UserDirectory {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_]{3,32}$");

    public record UserRef(UUID id, String username, String displayName, String role, String avatarKey) {
    }

    private final DSLContext db;

    UserDirectory(DSLContext db) {
        this.db = db;
    }

    /**
     * The user behind {@code idOrUsername}; {@code callerId} (null when anonymous) is who {@code me}
     * means. 401 for {@code me} when anonymous, 404 when nobody.
     */
    public UserRef require(String idOrUsername, UUID callerId) {
        return find(idOrUsername, callerId).orElseThrow(() -> ApiProblem.notFound("User"));
    }

    public Optional<UserRef> find(String idOrUsername, UUID callerId) {
        var select = db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.ROLE, USERS.AVATAR_KEY).from(USERS);
        if ("me".equals(idOrUsername)) {
            if (callerId == null) throw ApiProblem.unauthorized();
            return select.where(USERS.ID.eq(callerId)).fetchOptional(this::ref);
        }
        Optional<UUID> uuid = Ids.parseUuid(idOrUsername);
        if (uuid.isPresent()) return select.where(USERS.ID.eq(uuid.get())).fetchOptional(this::ref);
        if (idOrUsername == null || !USERNAME.matcher(idOrUsername).matches()) return Optional.empty();
        return select.where(lower(USERS.USERNAME).eq(idOrUsername.toLowerCase())).fetchOptional(this::ref);
    }

    private UserRef ref(org.jooq.Record5<UUID, String, String, com.teezu.profiles.db.enums.UserRole, String> r) {
        return new UserRef(r.value1(), r.value2(), r.value3(), r.value4().getLiteral(), r.value5());
    }
}
