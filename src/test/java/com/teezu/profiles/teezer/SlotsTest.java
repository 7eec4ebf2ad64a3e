package com.teezu.profiles.teezer;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final WeeklySchedule WEEK = new WeeklySchedule(Map.of(
            DayOfWeek.MONDAY, List.of(new WeeklySchedule.Slot(LocalTime.of(8, 0), LocalTime.of(12, 0), WeeklySchedule.Mode.TEEZER),
                    new WeeklySchedule.Slot(LocalTime.of(20, 0), LocalTime.of(23, 0), WeeklySchedule.Mode.LIVE)),
            DayOfWeek.FRIDAY, List.of(new WeeklySchedule.Slot(LocalTime.of(14, 30), LocalTime.of(16, 0), WeeklySchedule.Mode.LIVE))));

    static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(AMSTERDAM);
    }

    @Test
    void nextLiveIsHerNextLiveSlotInWordsInHerTimeZone() {
        assertThat(Slots.nextLive(WEEK, at("2026-11-30T09:00"))).isEqualTo("tonight at 20:00"); // a Monday
        assertThat(Slots.nextLive(WEEK, at("2026-11-30T21:00"))).isEqualTo("now");
        assertThat(Slots.nextLive(WEEK, at("2026-11-30T23:30"))).isEqualTo("on Friday at 14:30");
        assertThat(Slots.nextLive(WEEK, at("2026-12-03T10:00"))).isEqualTo("tomorrow at 14:30"); // Thursday
        assertThat(Slots.nextLive(WEEK, at("2026-12-04T10:00"))).isEqualTo("today at 14:30");
        assertThat(Slots.nextLive(WeeklySchedule.EMPTY, at("2026-12-04T10:00"))).isEqualTo("soon");
    }

    @Test
    void slotsAreFilledAndUnknownOnesNamed() {
        assertThat(Slots.fill("Hi {fan}, {creator} here this {timeOfDay}", Map.of("fan", "Sam", "creator", "Lena", "timeOfDay", "evening")))
                .isEqualTo("Hi Sam, Lena here this evening");
        assertThat(Slots.unknownIn("Hi {fan} and {price}")).contains("price");
        assertThat(Slots.unknownIn("Hi {fan}, {nextLive}")).isEmpty();
        assertThat(Slots.timeOfDay(at("2026-12-04T06:00"))).isEqualTo("morning");
        assertThat(Slots.timeOfDay(at("2026-12-04T23:30"))).isEqualTo("night");
    }
}
