package com.teezu.profiles.fantasy;

import org.jooq.JSONB;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stores a fantasy profile (as part of a profile edit or the quiz): the caller has checked ownership. */
@Service
public class FantasyService {

    /** What a write sets; a null field keeps what is stored. */
    public record Changes(Map<String, Integer> dnaScores, List<String> kinks, List<String> intent,
                          List<String> availability, String consentLevel) {
    }

    private final FantasyRepository fantasies;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    FantasyService(FantasyRepository fantasies, ApplicationEventPublisher events, JsonMapper json) {
        this.fantasies = fantasies;
        this.events = events;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(UUID userId, Changes c) {
        JSONB dna = c.dnaScores() == null ? null : JSONB.jsonb(json.writeValueAsString(c.dnaScores()));
        fantasies.upsert(userId, dna, c.kinks(), c.intent(), c.availability(), c.consentLevel());
        events.publishEvent(new FantasyChanged(userId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(UUID userId) {
        fantasies.delete(userId);
        events.publishEvent(new FantasyChanged(userId));
    }
}
