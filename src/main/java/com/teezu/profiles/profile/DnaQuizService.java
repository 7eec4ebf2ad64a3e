package com.teezu.profiles.profile;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.shared.ApiProblem;
import com.teezu.profiles.shared.FieldError;
import com.teezu.profiles.shared.UserDirectory;
import org.jooq.JSONB;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Service
public class DnaQuizService {

    private final ProfileWriteRepository writes;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    DnaQuizService(ProfileWriteRepository writes, UserDirectory users, ApplicationEventPublisher events, JsonMapper json) {
        this.writes = writes;
        this.users = users;
        this.events = events;
        this.json = json;
    }

    /** Scores the answers on the server and stores them as the owner's DNA. */
    @Transactional
    public Map<String, Integer> submit(AuthUser caller, String id, Map<String, String> answers) {
        if (caller == null) throw ApiProblem.unauthorized();
        UUID userId = users.require(id, AuthUser.idOf(caller)).id();
        if (!AccessPolicy.canEditProfile(new Viewer(caller.id(), null, false, null), userId)) {
            throw ApiProblem.forbidden("You can only take the quiz for yourself");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> scores = DnaQuiz.score(answers, errors);
        if (!errors.isEmpty()) throw ApiProblem.invalid(errors);
        writes.upsertFantasy(userId, JSONB.jsonb(json.writeValueAsString(scores)), null, null, null, null);
        events.publishEvent(new ProfileEvents.ProfileChanged(userId));
        return scores;
    }
}
