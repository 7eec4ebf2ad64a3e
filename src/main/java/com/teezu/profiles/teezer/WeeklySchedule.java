package com.teezu.profiles.teezer;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A creator's week in her own time zone: per weekday a list of slots. A slot whose end is not after
 * its start runs past midnight into the next day (23:00–08:00).
 */
public record WeeklySchedule(Map<DayOfWeek, List<Slot>> days) {

    public enum Mode {
        TEEZER, LIVE, OFFLINE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String key() {
            return name().toLowerCase();
        }

        /** From its key; anything else is an IllegalArgumentException. */
        @com.fasterxml.jackson.annotation.JsonCreator
        public static Mode fromKey(String key) {
            for (Mode m : values()) if (m.key().equals(key)) return m;
            throw new IllegalArgumentException("unknown mode");
        }
    }

    public record Slot(LocalTime start, LocalTime end, Mode mode) {
        public boolean crossesMidnight() {
            return !end.isAfter(start);
        }

        /** Minutes from the start of its own day to its end (beyond 1440 when it crosses midnight). */
        int startMinute() {
            return start.getHour() * 60 + start.getMinute();
        }

        int endMinute() {
            int end = this.end.getHour() * 60 + this.end.getMinute();
            return crossesMidnight() ? end + 1440 : end;
        }
    }

    public static final WeeklySchedule EMPTY = new WeeklySchedule(Map.of());

    public WeeklySchedule {
        EnumMap<DayOfWeek, List<Slot>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((d, slots) -> copy.put(d, List.copyOf(slots)));
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Slot> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** The slot covering this wall-clock moment, if any: today's slots, or yesterday's running past midnight. */
    public java.util.Optional<Slot> slotAt(DayOfWeek day, LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        for (Slot s : on(day)) {
            if (minute >= s.startMinute() && minute < Math.min(s.endMinute(), 1440)) return java.util.Optional.of(s);
        }
        for (Slot s : on(day.minus(1))) {
            if (s.crossesMidnight() && minute < s.endMinute() - 1440) return java.util.Optional.of(s);
        }
        return java.util.Optional.empty();
    }

    public static String keyOf(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase();
    }

    public static java.util.Optional<DayOfWeek> dayOf(String key) {
        for (DayOfWeek d : DayOfWeek.values()) if (keyOf(d).equals(key)) return java.util.Optional.of(d);
        return java.util.Optional.empty();
    }

    /** As JSON-ready maps: {"mon": [{"start":"20:00","end":"23:00","mode":"live"}], …}, days in week order. */
    /** The form it is stored and shown in: day key → its slots (days without slots left out). */
    public Map<String, List<ScheduleRequest.Slot>> toDays() {
        Map<String, List<ScheduleRequest.Slot>> out = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Slot> slots = on(d);
            if (slots.isEmpty()) continue;
            out.put(keyOf(d), slots.stream()
                    .map(x -> new ScheduleRequest.Slot(x.start().toString(), x.end().toString(), x.mode())).toList());
        }
        return out;
    }
}
