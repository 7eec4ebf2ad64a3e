package com.teezu.profiles.users;

import com.teezu.profiles.auth.Role;

import com.teezu.profiles.db.enums.UserRole;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.USERS;
import static org.jooq.impl.DSL.lower;

@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    Optional<UserDirectory.UserRef> byId(UUID id) {
        return select().where(USERS.ID.eq(id)).fetchOptional(UserRepository::ref);
    }

    Optional<UserDirectory.UserRef> byUsername(String username) {
        return select().where(lower(USERS.USERNAME).eq(username.toLowerCase())).fetchOptional(UserRepository::ref);
    }

    private org.jooq.SelectJoinStep<Record5<UUID, String, String, UserRole, String>> select() {
        return db.select(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.ROLE, USERS.AVATAR_KEY).from(USERS);
    }

    private static UserDirectory.UserRef ref(Record5<UUID, String, String, UserRole, String> r) {
        return new UserDirectory.UserRef(r.value1(), r.value2(), r.value3(), Role.fromKey(r.value4().getLiteral()), r.value5());
    }
}
