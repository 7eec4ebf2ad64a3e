package com.teezu.profiles.teezer;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Service
public class TeezerService {

    public record TeezerState(UUID userId, boolean active, String status) {
    }

    private final TeezerRepository teezers;
    private final ApplicationEventPublisher events;
    private final StoredSchedules schedules;
    private final Clock clock;

    TeezerService(TeezerRepository teezers, ApplicationEventPublisher events, StoredSchedules schedules, Clock clock) {
        this.teezers = teezers;
        this.events = events;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** The creator's own switch. */
    @Transactional
    public TeezerState setActive(Viewer viewer, UUID userId, boolean active) {
        if (!viewer.authenticated()) throw ApiProblem.unauthorized();
        if (!AccessPolicy.canUseTeezer(viewer, userId)) {
            throw ApiProblem.forbidden("Only a creator can switch her own Teezer");
        }
        teezers.setActive(userId, active);
        events.publishEvent(new TeezerChanged(userId));
        return state(userId);
    }

    public TeezerState state(UUID userId) {
        var row = teezers.find(userId).orElseThrow(() -> ApiProblem.notFound("User"));
        return toState(row, clock.instant());
    }

    /** Every scheduled creator's status now, and the next instant any of them may change. */
    public record Sweep(List<TeezerState> states, Instant nextBoundary) {
    }

    public Sweep sweep() {
        Instant now = clock.instant();
        List<TeezerState> states = new ArrayList<>();
        Instant next = null;
        for (var row : teezers.scheduled()) {
            states.add(toState(row, now));
            Instant b = TeezerStatus.nextBoundary(schedule(row), ZoneId.of(row.timeZone()), now);
            if (b != null && (next == null || b.isBefore(next))) next = b;
        }
        return new Sweep(states, next);
    }

    private TeezerState toState(TeezerRepository.TeezerRow row, Instant now) {
        var status = TeezerStatus.effective(row.live(), row.active(), schedule(row), ZoneId.of(row.timeZone()), now);
        return new TeezerState(row.userId(), row.active(), status.key());
    }

    private WeeklySchedule schedule(TeezerRepository.TeezerRow row) {
        return schedules.read(row.days() == null ? null : row.days().data());
    }
}
