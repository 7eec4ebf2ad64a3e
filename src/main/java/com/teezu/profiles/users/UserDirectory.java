package com.teezu.profiles.users;

import com.teezu.profiles.auth.Role;

import com.teezu.profiles.auth.Username;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** Turns a path's {@code :id} (UUID, username or {@code me}) into an existing user, for every feature. */
@Service
public class UserDirectory {

    public record UserRef(UUID id, String username, String displayName, Role role, String avatarKey) {
    }

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    /**
     * The user behind {@code idOrUsername}; {@code callerId} (null when anonymous) is who {@code me}
     * means. 401 for {@code me} when anonymous, 404 when nobody.
     */
    public UserRef require(String idOrUsername, UUID callerId) {
        return find(idOrUsername, callerId).orElseThrow(() -> ApiProblem.notFound("User"));
    }

    public Optional<UserRef> find(String idOrUsername, UUID callerId) {
        if ("me".equals(idOrUsername)) {
            if (callerId == null) throw ApiProblem.unauthorized();
            return users.byId(callerId);
        }
        Optional<UUID> uuid = Ids.parseUuid(idOrUsername);
        if (uuid.isPresent()) return users.byId(uuid.get());
        if (!Username.Rule.matches(idOrUsername)) return Optional.empty();
        return users.byUsername(idOrUsername);
    }
}
