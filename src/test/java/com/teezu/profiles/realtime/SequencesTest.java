package com.teezu.profiles.realtime;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A receiver's view of each sender's sequence, and the sender's bounded outbox. */
class SequencesTest {

    @Test
    void aRepeatedNumberIsADuplicateAndAJumpIsReportedAsThatManyMissed() {
        var seen = new Sequences();
        assertThat(seen.accept("a", 7)).isEqualTo(new Sequences.Seen(false, 0)); // first from a: no history
        assertThat(seen.accept("a", 8)).isEqualTo(new Sequences.Seen(false, 0));
        assertThat(seen.accept("a", 8)).isEqualTo(new Sequences.Seen(true, 0));
        assertThat(seen.accept("a", 5)).isEqualTo(new Sequences.Seen(true, 0));
        assertThat(seen.accept("a", 12)).isEqualTo(new Sequences.Seen(false, 3));
        assertThat(seen.accept("b", 1)).isEqualTo(new Sequences.Seen(false, 0)); // senders apart
    }

    @Test
    void messageIdsAreNodeAndSequence() {
        assertThat(Sequences.parse("6f1c-uuid:42")).containsExactly("6f1c-uuid", "42");
        assertThat(Sequences.parse(null)).isNull();
        assertThat(Sequences.parse("no-sequence")).isNull();
        assertThat(Sequences.parse("node:x")).isNull();
    }

    @Test
    void theOutboxKeepsOrderAndCountsWhatFallsOutByNumberOrAge() {
        var now = new AtomicLong();
        var outbox = new Outbox(2, Duration.ofSeconds(30), now::get);
        assertThat(outbox.add(message(1))).isZero();
        assertThat(outbox.add(message(2))).isZero();
        assertThat(outbox.add(message(3))).isEqualTo(1); // the oldest made room
        assertThat(outbox.oldest().id()).isEqualTo("n:2");
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        outbox.removeOldest(); // 2 sent on
        assertThat(outbox.add(message(4))).isZero();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(outbox.expire()).isEqualTo(1); // 3 is 31 s old, 4 only 11 s
        assertThat(outbox.oldest().id()).isEqualTo("n:4");
        outbox.removeOldest();
        assertThat(outbox.isEmpty()).isTrue();
    }

    private static RealtimeBus.Message message(int n) {
        return new RealtimeBus.Message("profile:x", "profile:mood", Map.of(), "n:" + n);
    }
}
