package com.teezu.profiles.teezer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** SPEC §4: live if live; else teezer if the switch is on or the current slot is a Teezer slot; else offline. */
public final class TeezerStatus {

    public enum Status {
        LIVE, TEEZER, OFFLINE;

        public String key() {
            return name().toLowerCase();
        }
    }

    private TeezerStatus() {
    }

    public static Status effective(boolean live, boolean teezerActive, WeeklySchedule schedule, ZoneId zone, Instant now) {
        if (live) return Status.LIVE;
        if (teezerActive) return Status.TEEZER;
        return scheduledMode(schedule, zone, now) == WeeklySchedule.Mode.TEEZER ? Status.TEEZER : Status.OFFLINE;
    }

    static WeeklySchedule.Mode scheduledMode(WeeklySchedule schedule, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return schedule.slotAt(local.getDayOfWeek(), local.toLocalTime())
                .map(WeeklySchedule.Slot::mode).orElse(null);
    }

    /**
     * The next instant after {@code now} at which the scheduled mode may change (a slot starts or
     * ends), within the coming eight days; null when the schedule is empty. Wall-clock times that a
     * DST switch skips are taken at the first valid instant after them.
     */
    public static Instant nextBoundary(WeeklySchedule schedule, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        Instant best = null;
        for (int offset = -1; offset <= 8; offset++) {
            java.time.LocalDate date = local.toLocalDate().plusDays(offset);
            DayOfWeek day = date.getDayOfWeek();
            for (WeeklySchedule.Slot s : schedule.on(day)) {
                for (LocalDateTime t : new LocalDateTime[]{
                        date.atTime(s.start()),
                        (s.crossesMidnight() ? date.plusDays(1) : date).atTime(s.end())}) {
                    Instant at = t.atZone(zone).toInstant();
                    if (at.isAfter(now) && (best == null || at.isBefore(best))) best = at;
                }
            }
        }
        return best == null ? null : best.truncatedTo(ChronoUnit.SECONDS);
    }
}
