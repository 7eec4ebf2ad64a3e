package com.teezu.profiles.realtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * The messages a node could not hand to Redis (it was unreachable, or earlier ones are still waiting),
 * oldest first, to be published in their order once it is back, so the other nodes' sockets get them
 * late rather than never. Bounded in number and age: what falls out was lost, and says so.
 * Not thread-safe: {@link RealtimeBus} holds its lock.
 */
final class Outbox {

    private record Held(RealtimeBus.Message message, long at) {
    }

    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private final int capacity;
    private final long maxAgeNanos;
    private final LongSupplier clock;

    Outbox(int capacity, Duration maxAge, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = nanoClock;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    int size() {
        return held.size();
    }

    /** Keeps {@code message}; returns how many old messages had to make room (lost). */
    int add(RealtimeBus.Message message) {
        held.addLast(new Held(message, clock.getAsLong()));
        int dropped = 0;
        while (held.size() > capacity) {
            held.removeFirst();
            dropped++;
        }
        return dropped;
    }

    /** Drops what is older than the age limit (too stale to deliver); returns how many (lost). */
    int expire() {
        long now = clock.getAsLong();
        int dropped = 0;
        while (!held.isEmpty() && now - held.peekFirst().at() > maxAgeNanos) {
            held.removeFirst();
            dropped++;
        }
        return dropped;
    }

    RealtimeBus.Message oldest() {
        return held.isEmpty() ? null : held.peekFirst().message();
    }

    void removeOldest() {
        held.removeFirst();
    }
}
