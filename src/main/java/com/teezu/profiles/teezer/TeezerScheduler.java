package com.teezu.profiles.teezer;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes {@link TeezerStatusChanged} when a schedule boundary changes someone's effective status, with
 * no request behind it. Every node runs it for its own listeners (realtime tells only this node's
 * sockets), so each socket hears it once. It wakes at the next boundary (at most a minute later, to pick
 * up new schedules). Whoever announces a status by other means reports it through {@link #announced},
 * so a boundary is not announced twice.
 */
@Component
public class TeezerScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TeezerScheduler.class);
    private static final Duration MAX_SLEEP = Duration.ofSeconds(60);

    private final TeezerService teezer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, String> lastStatus = new ConcurrentHashMap<>();
    private volatile Thread thread;

    TeezerScheduler(TeezerService teezer, ApplicationEventPublisher events, Clock clock) {
        this.teezer = teezer;
        this.events = events;
        this.clock = clock;
    }

    /** A status that was announced to everyone (on any node), so this node's next sweep compares with it. */
    public void announced(UUID userId, String status) {
        lastStatus.put(userId, status);
    }

    /** One pass: announce every status that differs from the last one announced; the next wake-up time. */
    public Instant sweep() {
        var sweep = teezer.sweep();
        for (var state : sweep.states()) {
            String previous = lastStatus.put(state.userId(), state.status());
            if (previous != null && !previous.equals(state.status())) {
                events.publishEvent(new TeezerStatusChanged(state.userId(), state.active(), state.status()));
            }
        }
        Instant cap = clock.instant().plus(MAX_SLEEP);
        return sweep.nextBoundary() == null || sweep.nextBoundary().isAfter(cap) ? cap : sweep.nextBoundary();
    }

    @Override
    public void start() {
        thread = Thread.ofVirtual().name("teezer-scheduler").start(() -> {
            while (thread == Thread.currentThread()) {
                Instant next;
                try {
                    next = sweep();
                } catch (RuntimeException e) {
                    log.warn("Teezer sweep failed; trying again in a minute", e);
                    next = clock.instant().plus(MAX_SLEEP);
                }
                long nanos = Duration.between(clock.instant(), next).toNanos();
                if (nanos > 0) LockSupport.parkNanos(nanos + 1_000_000);
            }
        });
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) LockSupport.unpark(t);
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
