package com.teezu.profiles.realtime;

import java.util.HashMap;
import java.util.Map;

/**
 * What a node has received from each other node through Redis: every message carries its sender's
 * sequence number, so a number seen before is a duplicate (a publish retried after a timeout that had
 * in fact gone through) and a jump is that many messages this node never got (its subscription was
 * down while they went by, or the sender had to drop them): those are reported as lost.
 */
final class Sequences {

    /** {@code missed}: how many messages of that sender were skipped before this one. */
    record Seen(boolean duplicate, long missed) {
    }

    private final Map<String, Long> last = new HashMap<>();

    synchronized Seen accept(String sender, long sequence) {
        Long before = last.get(sender);
        if (before != null && sequence <= before) return new Seen(true, 0);
        last.put(sender, sequence);
        return new Seen(false, before == null ? 0 : sequence - before - 1);
    }

    /** Splits a message id ({@code node:sequence}); null when it has none. */
    static String[] parse(String id) {
        int colon = id == null ? -1 : id.lastIndexOf(':');
        if (colon <= 0) return null;
        try {
            Long.parseLong(id.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        return new String[] {id.substring(0, colon), id.substring(colon + 1)};
    }
}
