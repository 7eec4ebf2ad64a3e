package com.teezu.profiles.fantasy;


import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Viewers;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.web.FieldError;
import com.teezu.profiles.users.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Service
public class DnaQuizService {

    private final FantasyService fantasies;
    private final UserDirectory users;
    private final Viewers viewers;

    DnaQuizService(FantasyService fantasies, UserDirectory users, Viewers viewers) {
        this.fantasies = fantasies;
        this.users = users;
        this.viewers = viewers;
    }

    /** Scores the answers on the server and stores them as the owner's DNA. */
    @Transactional
    public Map<String, Integer> submit(AuthUser caller, String id, Map<String, String> answers) {
        if (caller == null) throw ApiProblem.unauthorized();
        UUID userId = users.require(id, AuthUser.idOf(caller)).id();
        if (!AccessPolicy.canEditProfile(viewers.of(caller), userId)) {
            throw ApiProblem.forbidden("You can only take the quiz for yourself");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> scores = DnaQuiz.score(answers, errors);
        if (!errors.isEmpty()) throw ApiProblem.invalid(errors);
        fantasies.save(userId, new FantasyService.Changes(scores, null, null, null, null));
        return scores;
    }
}
