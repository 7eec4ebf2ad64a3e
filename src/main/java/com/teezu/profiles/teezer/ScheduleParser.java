package com.teezu.profiles.teezer;

import com.teezu.profiles.shared.web.FieldError;
import tools.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code {timezone, days: {mon: [{start, end, mode}] …}}}: a valid IANA zone, HH:mm
 * times, known modes, at most {@value #MAX_SLOTS_PER_DAY} slots a day, and no two slots overlapping
 * anywhere in the week, including the part of a slot that runs past midnight.
 */
public final class ScheduleParser {

    public static final int MAX_SLOTS_PER_DAY = 12;
    private static final Pattern HH_MM = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    public record Parsed(ZoneId zone, WeeklySchedule schedule) {
    }

    private ScheduleParser() {
    }

    /** Adds an error per problem to {@code errors}; returns null when anything was wrong. */
    public static Parsed parse(JsonNode node, String field, List<FieldError> errors) {
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(field, "must be an object {timezone, days}"));
            return null;
        }
        ZoneId zone = null;
        Map<DayOfWeek, List<WeeklySchedule.Slot>> days = new EnumMap<>(DayOfWeek.class);
        for (var entry : node.properties()) {
            switch (entry.getKey()) {
                case "timezone" -> zone = zone(entry.getValue(), field + ".timezone", errors);
                case "days" -> days = days(entry.getValue(), field + ".days", errors);
                default -> errors.add(new FieldError(field + "." + entry.getKey(), "unknown field"));
            }
        }
        if (!node.has("timezone")) errors.add(new FieldError(field + ".timezone", "is required"));
        if (!node.has("days")) errors.add(new FieldError(field + ".days", "is required"));
        if (errors.size() > before) return null;
        WeeklySchedule schedule = new WeeklySchedule(days);
        overlaps(schedule, field + ".days", errors);
        return errors.size() > before ? null : new Parsed(zone, schedule);
    }

    /** Reads the stored days object (valid by construction: it was checked before it was stored). */
    public static WeeklySchedule fromStored(JsonNode days) {
        if (days == null || !days.isObject()) return WeeklySchedule.EMPTY;
        List<FieldError> errors = new ArrayList<>();
        Map<DayOfWeek, List<WeeklySchedule.Slot>> parsed = days(days, "days", errors);
        if (!errors.isEmpty()) throw new IllegalStateException("stored schedule is invalid: " + errors);
        return new WeeklySchedule(parsed);
    }

    public static ZoneId zone(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || !node.isString() || !node.stringValue().contains("/") && !node.stringValue().equals("UTC")) {
            errors.add(new FieldError(field, "must be an IANA time zone such as Europe/Amsterdam"));
            return null;
        }
        try {
            return ZoneId.of(node.stringValue());
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "must be an IANA time zone such as Europe/Amsterdam"));
            return null;
        }
    }

    private static Map<DayOfWeek, List<WeeklySchedule.Slot>> days(JsonNode node, String field, List<FieldError> errors) {
        Map<DayOfWeek, List<WeeklySchedule.Slot>> days = new EnumMap<>(DayOfWeek.class);
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(field, "must be an object keyed by mon, tue, wed, thu, fri, sat, sun"));
            return days;
        }
        for (var entry : node.properties()) {
            String dayField = field + "." + entry.getKey();
            var day = WeeklySchedule.dayOf(entry.getKey());
            if (day.isEmpty()) {
                errors.add(new FieldError(dayField, "unknown day; use mon, tue, wed, thu, fri, sat, sun"));
                continue;
            }
            JsonNode list = entry.getValue();
            if (!list.isArray()) {
                errors.add(new FieldError(dayField, "must be a list of slots"));
                continue;
            }
            if (list.size() > MAX_SLOTS_PER_DAY) {
                errors.add(new FieldError(dayField, "at most " + MAX_SLOTS_PER_DAY + " slots a day"));
                continue;
            }
            List<WeeklySchedule.Slot> slots = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                WeeklySchedule.Slot slot = slot(list.get(i), dayField + "[" + i + "]", errors);
                if (slot != null) slots.add(slot);
            }
            days.put(day.get(), slots);
        }
        return days;
    }

    private static WeeklySchedule.Slot slot(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(field, "must be {start, end, mode}"));
            return null;
        }
        int before = errors.size();
        for (String name : node.propertyNames()) {
            if (!name.equals("start") && !name.equals("end") && !name.equals("mode")) {
                errors.add(new FieldError(field + "." + name, "unknown field"));
            }
        }
        LocalTime start = time(node.get("start"), field + ".start", errors);
        LocalTime end = time(node.get("end"), field + ".end", errors);
        WeeklySchedule.Mode mode = null;
        JsonNode m = node.get("mode");
        if (m == null || !m.isString() || !List.of("teezer", "live", "offline").contains(m.stringValue())) {
            errors.add(new FieldError(field + ".mode", "must be teezer, live or offline"));
        } else {
            mode = WeeklySchedule.Mode.valueOf(m.stringValue().toUpperCase());
        }
        if (start != null && end != null && start.equals(end)) {
            errors.add(new FieldError(field + ".end", "must differ from start"));
        }
        return errors.size() > before ? null : new WeeklySchedule.Slot(start, end, mode);
    }

    private static LocalTime time(JsonNode node, String field, List<FieldError> errors) {
        if (node == null || !node.isString() || !HH_MM.matcher(node.stringValue()).matches()) {
            errors.add(new FieldError(field, "must be a time HH:mm"));
            return null;
        }
        return LocalTime.parse(node.stringValue());
    }

    /** Lays the week out as minutes 0…10080 (wrapping Sunday into Monday) and reports the first overlap per day. */
    private static void overlaps(WeeklySchedule schedule, String field, List<FieldError> errors) {
        record Span(DayOfWeek day, int index, int from, int to) {
        }
        List<Span> spans = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<WeeklySchedule.Slot> slots = schedule.on(d);
            for (int i = 0; i < slots.size(); i++) {
                int base = (d.getValue() - 1) * 1440;
                spans.add(new Span(d, i, base + slots.get(i).startMinute(), base + slots.get(i).endMinute()));
            }
        }
        java.util.Set<DayOfWeek> reported = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (int a = 0; a < spans.size(); a++) {
            for (int b = a + 1; b < spans.size(); b++) {
                Span x = spans.get(a), y = spans.get(b);
                if (intersects(x.from, x.to, y.from, y.to) || intersects(x.from, x.to, y.from + 10080, y.to + 10080)
                        || intersects(x.from + 10080, x.to + 10080, y.from, y.to)) {
                    if (reported.add(y.day)) {
                        errors.add(new FieldError(field + "." + WeeklySchedule.keyOf(y.day) + "[" + y.index + "]",
                                "overlaps " + WeeklySchedule.keyOf(x.day) + " " + schedule.on(x.day).get(x.index).start()
                                        + "–" + schedule.on(x.day).get(x.index).end()));
                    }
                }
            }
        }
    }

    private static boolean intersects(int aFrom, int aTo, int bFrom, int bTo) {
        return aFrom < bTo && bFrom < aTo;
    }
}
