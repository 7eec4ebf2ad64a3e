package com.teezu.profiles.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;

/**
 * Many users acting at once, each on its own virtual thread with its own seeded random (so a run can
 * be repeated), with at most {@code maxInFlight} requests in the air; every answer's status counted.
 */
public final class ConcurrentUsers {

    /** What one user's script may do: draw from its random, and make requests. */
    public static final class Turn {
        private final Random random;
        private final Semaphore inFlight;
        private final Map<Integer, AtomicInteger> statuses;

        private Turn(Random random, Semaphore inFlight, Map<Integer, AtomicInteger> statuses) {
            this.random = random;
            this.inFlight = inFlight;
            this.statuses = statuses;
        }

        public Random random() {
            return random;
        }

        /** Makes one request (the supplier returns its HTTP status) once a slot is free; returns the status. */
        public int request(IntSupplier call) {
            inFlight.acquireUninterruptibly();
            try {
                int status = call.getAsInt();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return status;
            } finally {
                inFlight.release();
            }
        }
    }

    private ConcurrentUsers() {
    }

    /** Runs {@code script} for every user at once; the number of answers per HTTP status. */
    public static <U> Map<Integer, Integer> run(List<U> users, long seed, int maxInFlight, BiConsumer<U, Turn> script)
            throws Exception {
        Random seeds = new Random(seed);
        Semaphore inFlight = new Semaphore(maxInFlight);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (U user : users) {
                Turn turn = new Turn(new Random(seeds.nextLong()), inFlight, statuses);
                done.add(pool.submit(() -> script.accept(user, turn)));
            }
            for (Future<?> f : done) f.get();
        }
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((status, n) -> counted.put(status, n.get()));
        return counted;
    }
}
