package com.teezu.profiles.teezer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weekly schedule as sent: {@code {timezone, days: {mon: [{start, end, mode}] …}}} with a valid IANA
 * zone, HH:mm times, known modes, at most {@value #MAX_SLOTS_PER_DAY} slots a day, and no two slots
 * overlapping anywhere in the week, including the part of a slot that runs past midnight.
 */
@ScheduleRequest.ConsistentWeek
public record ScheduleRequest(@NotNull(message = "is required") @TimeZoneId String timezone,
                              @NotNull(message = "is required") @Valid Days days) {

    public static final int MAX_SLOTS_PER_DAY = 12;

    public record Days(@Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> mon,
                       @Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> tue,
                       @Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> wed,
                       @Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> thu,
                       @Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> fri,
                       @Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> sat,
                       @Size(max = MAX_SLOTS_PER_DAY, message = "at most {max} slots a day") List<@NotNull @Valid Slot> sun) {

        List<Slot> on(DayOfWeek day) {
            List<Slot> slots = switch (day) {
                case MONDAY -> mon;
                case TUESDAY -> tue;
                case WEDNESDAY -> wed;
                case THURSDAY -> thu;
                case FRIDAY -> fri;
                case SATURDAY -> sat;
                case SUNDAY -> sun;
            };
            return slots == null ? List.of() : slots;
        }
    }

    public record Slot(@NotNull(message = "must be a time HH:mm") @Pattern(regexp = HH_MM, message = "must be a time HH:mm") String start,
                       @NotNull(message = "must be a time HH:mm") @Pattern(regexp = HH_MM, message = "must be a time HH:mm") String end,
                       @NotNull(message = "must be teezer, live or offline") WeeklySchedule.Mode mode) {

        static final String HH_MM = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

        WeeklySchedule.Slot toSlot() {
            return new WeeklySchedule.Slot(LocalTime.parse(start), LocalTime.parse(end), mode);
        }
    }

    /** Only for a request that passed validation. */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** Only for a request that passed validation. */
    public WeeklySchedule schedule() {
        Map<DayOfWeek, List<WeeklySchedule.Slot>> out = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Slot> slots = days.on(d);
            if (!slots.isEmpty()) out.put(d, slots.stream().map(Slot::toSlot).toList());
        }
        return new WeeklySchedule(out);
    }

    /** An IANA zone such as Europe/Amsterdam (or UTC). */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TimeZoneId.Rule.class)
    public @interface TimeZoneId {
        String message() default "must be an IANA time zone such as Europe/Amsterdam";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Rule implements ConstraintValidator<TimeZoneId, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                if (value == null) return true;
                if (!value.contains("/") && !value.equals("UTC")) return false;
                try {
                    ZoneId.of(value);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
        }
    }

    /**
     * The week as a whole: a slot's end differs from its start (reported at its {@code end}), and no two
     * slots overlap (the first overlap per day reported at the later slot). Checked only once every slot
     * itself is well-formed.
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistentWeek.Rule.class)
    @interface ConsistentWeek {
        String message() default "overlapping slots";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Rule implements ConstraintValidator<ConsistentWeek, ScheduleRequest> {

            private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(Slot.HH_MM);

            record Span(DayOfWeek day, int index, int from, int to) {
            }

            @Override
            public boolean isValid(ScheduleRequest value, ConstraintValidatorContext context) {
                if (value == null || value.days() == null) return true;
                List<Span> spans = new ArrayList<>();
                List<Runnable> violations = new ArrayList<>();
                for (DayOfWeek d : DayOfWeek.values()) {
                    List<Slot> slots = value.days().on(d);
                    for (int i = 0; i < slots.size(); i++) {
                        Slot s = slots.get(i);
                        if (s == null || s.mode() == null || s.start() == null || s.end() == null
                                || !TIME.matcher(s.start()).matches() || !TIME.matcher(s.end()).matches()) {
                            return true; // the slot's own constraints report it; no week to check yet
                        }
                        var slot = s.toSlot();
                        int index = i;
                        if (slot.start().equals(slot.end())) {
                            violations.add(() -> context.buildConstraintViolationWithTemplate("must differ from start")
                                    .addPropertyNode("days").addPropertyNode(WeeklySchedule.keyOf(d))
                                    .addPropertyNode("end").inIterable().atIndex(index).addConstraintViolation());
                            continue;
                        }
                        int base = (d.getValue() - 1) * 1440;
                        spans.add(new Span(d, i, base + slot.startMinute(), base + slot.endMinute()));
                    }
                }
                Set<DayOfWeek> reported = EnumSet.noneOf(DayOfWeek.class);
                for (int a = 0; a < spans.size(); a++) {
                    for (int b = a + 1; b < spans.size(); b++) {
                        Span x = spans.get(a), y = spans.get(b);
                        if ((intersects(x.from, x.to, y.from, y.to) || intersects(x.from, x.to, y.from + 10080, y.to + 10080)
                                || intersects(x.from + 10080, x.to + 10080, y.from, y.to)) && reported.add(y.day)) {
                            Slot other = value.days().on(x.day).get(x.index);
                            String message = "overlaps " + WeeklySchedule.keyOf(x.day) + " " + other.start() + "–" + other.end();
                            violations.add(() -> context.buildConstraintViolationWithTemplate(message.replace("{", "\\{"))
                                    .addPropertyNode("days").addPropertyNode(WeeklySchedule.keyOf(y.day))
                                    .addBeanNode().inIterable().atIndex(y.index).addConstraintViolation());
                        }
                    }
                }
                if (violations.isEmpty()) return true;
                context.disableDefaultConstraintViolation();
                violations.forEach(Runnable::run);
                return false;
            }

            private static boolean intersects(int aFrom, int aTo, int bFrom, int bTo) {
                return aFrom < bTo && bFrom < aTo;
            }
        }
    }
}
