package com.teezu.profiles.teezer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots a reply-bank answer may hold: {@code {fan}} (the fan's display name), {@code {creator}}
 * (hers), {@code {timeOfDay}} (morning, afternoon, evening or night where she lives) and
 * {@code {nextLive}} (her next live slot from her weekly schedule, in her time zone: "tonight at 20:00").
 */
public final class Slots {

    public static final List<String> NAMES = List.of("fan", "creator", "timeOfDay", "nextLive");
    private static final Pattern SLOT = Pattern.compile("\\{([^{}\\s]{0,40})}");

    private Slots() {
    }

    /** The first slot name in {@code answer} that is not one of {@link #NAMES}. */
    public static Optional<String> unknownIn(String answer) {
        Matcher m = SLOT.matcher(answer);
        while (m.find()) if (!NAMES.contains(m.group(1))) return Optional.of(m.group(1));
        return Optional.empty();
    }

    public static String fill(String answer, Map<String, String> values) {
        Matcher m = SLOT.matcher(answer);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String timeOfDay(ZonedDateTime local) {
        int h = local.getHour();
        if (h >= 5 && h < 12) return "morning";
        if (h >= 12 && h < 17) return "afternoon";
        if (h >= 17 && h < 23) return "evening";
        return "night";
    }

    /** Her next live slot (one running now counts: "now"), in words, or "soon" when her week has none. */
    public static String nextLive(WeeklySchedule schedule, ZonedDateTime local) {
        LocalDateTime now = local.toLocalDateTime();
        var current = schedule.slotAt(local.getDayOfWeek(), local.toLocalTime());
        if (current.isPresent() && current.get().mode() == WeeklySchedule.Mode.LIVE) return "now";
        for (int offset = 0; offset <= 7; offset++) {
            LocalDate date = local.toLocalDate().plusDays(offset);
            DayOfWeek day = date.getDayOfWeek();
            LocalDateTime best = null;
            for (WeeklySchedule.Slot s : schedule.on(day)) {
                if (s.mode() != WeeklySchedule.Mode.LIVE) continue;
                LocalDateTime start = date.atTime(s.start());
                if (start.isAfter(now) && (best == null || start.isBefore(best))) best = start;
            }
            if (best == null) continue;
            String time = best.toLocalTime().toString();
            if (offset == 0) return (best.getHour() >= 17 ? "tonight" : "today") + " at " + time;
            if (offset == 1) return "tomorrow at " + time;
            return "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time;
        }
        return "soon";
    }
}
