package com.teezu.profiles.stats;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.shared.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

@Service
public class StatsService {

    private static final Logger log = LoggerFactory.getLogger(StatsService.class);

    /** One counter that did not equal its rows: which, whose, what it said, what it is now. */
    public record Drift(String counter, UUID id, long was, long now) {
    }

    public record RecountReport(int drifted, List<Drift> drift) {
    }

    private final StatsRepository stats;

    StatsService(StatsRepository stats) {
        this.stats = stats;
    }

    /** The public counters of these users as they are now, each with its row's version. */
    public List<CountersChanged.Snapshot> publicCounters(java.util.Collection<UUID> userIds) {
        return userIds.isEmpty() ? List.of() : stats.publicCounters(userIds);
    }

    public java.util.Optional<PublicCounters> publicCounters(UUID userId) {
        return stats.publicCounters(userId);
    }

    /** Staff only: rebuild every counter from its rows; reports the drift it found (normally none). */
    @Transactional
    public RecountReport recount(Viewer viewer) {
        if (!viewer.authenticated()) throw ApiProblem.unauthorized();
        if (!AccessPolicy.canRecount(viewer)) throw ApiProblem.forbidden("Only staff may recount counters");
        return recountAll();
    }

    /**
     * Sets every counter from its rows where it differs, for rows inserted in bulk without moving
     * their counters (the demo data): the differences are expected there, not drift, so not reported.
     */
    @Transactional
    public int computeCountersFromRows() {
        return stats.recount().size();
    }

    /** The same as {@link #recount}, without a caller (maintenance, tests); drift is logged as a warning. */
    @Transactional
    public RecountReport recountAll() {
        List<Drift> drift = stats.recount();
        if (!drift.isEmpty()) log.warn("Recount repaired {} counters", drift.size());
        return new RecountReport(drift.size(), drift.size() > 200 ? drift.subList(0, 200) : drift);
    }
}
