package com.teezu.profiles.teezer;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.teezu.profiles.teezer.TeezerStatus.Status.*;
import static org.assertj.core.api.Assertions.assertThat;

class TeezerStatusTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static WeeklySchedule.Slot slot(String start, String end, WeeklySchedule.Mode mode) {
        return new WeeklySchedule.Slot(LocalTime.parse(start), LocalTime.parse(end), mode);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    // Wednesday 2026-11-25 has a Teezer slot 23:00–02:00 that runs into Thursday
    static final WeeklySchedule NIGHT = new WeeklySchedule(Map.of(
            DayOfWeek.WEDNESDAY, List.of(slot("23:00", "02:00", WeeklySchedule.Mode.TEEZER)),
            DayOfWeek.THURSDAY, List.of(slot("20:00", "23:00", WeeklySchedule.Mode.LIVE))));

    @Test
    void liveWinsOverEverything() {
        assertThat(TeezerStatus.effective(true, true, NIGHT, AMSTERDAM, at("2026-11-25T23:30", AMSTERDAM))).isEqualTo(LIVE);
    }

    @Test
    void theSwitchAloneMeansTeezer() {
        assertThat(TeezerStatus.effective(false, true, WeeklySchedule.EMPTY, AMSTERDAM, Instant.now())).isEqualTo(TEEZER);
    }

    @Test
    void aSlotCrossingMidnightCoversBothDays() {
        assertThat(TeezerStatus.effective(false, false, NIGHT, AMSTERDAM, at("2026-11-25T22:59", AMSTERDAM))).isEqualTo(OFFLINE);
        assertThat(TeezerStatus.effective(false, false, NIGHT, AMSTERDAM, at("2026-11-25T23:00", AMSTERDAM))).isEqualTo(TEEZER);
        assertThat(TeezerStatus.effective(false, false, NIGHT, AMSTERDAM, at("2026-11-26T00:30", AMSTERDAM))).isEqualTo(TEEZER);
        assertThat(TeezerStatus.effective(false, false, NIGHT, AMSTERDAM, at("2026-11-26T01:59", AMSTERDAM))).isEqualTo(TEEZER);
        assertThat(TeezerStatus.effective(false, false, NIGHT, AMSTERDAM, at("2026-11-26T02:00", AMSTERDAM))).isEqualTo(OFFLINE);
        // a scheduled live slot is the creator's plan, not a live stream: without isLive it is offline
        assertThat(TeezerStatus.effective(false, false, NIGHT, AMSTERDAM, at("2026-11-26T21:00", AMSTERDAM))).isEqualTo(OFFLINE);
    }

    @Test
    void sundayNightRunsIntoMonday() {
        var schedule = new WeeklySchedule(Map.of(DayOfWeek.SUNDAY, List.of(slot("22:00", "06:00", WeeklySchedule.Mode.TEEZER))));
        assertThat(TeezerStatus.effective(false, false, schedule, AMSTERDAM, at("2026-11-30T05:00", AMSTERDAM))).isEqualTo(TEEZER);
        assertThat(TeezerStatus.effective(false, false, schedule, AMSTERDAM, at("2026-11-30T06:00", AMSTERDAM))).isEqualTo(OFFLINE);
    }

    @Test
    void wallClockTimesHoldAcrossTheSpringDstSwitch() {
        // 2027-03-28: clocks in Amsterdam jump 02:00 → 03:00; a Sunday 08:00–12:00 slot is still 08:00–12:00 local
        var schedule = new WeeklySchedule(Map.of(DayOfWeek.SUNDAY, List.of(slot("08:00", "12:00", WeeklySchedule.Mode.TEEZER))));
        assertThat(TeezerStatus.effective(false, false, schedule, AMSTERDAM, Instant.parse("2027-03-28T06:30:00Z")))
                .isEqualTo(TEEZER); // 08:30 CEST
        assertThat(TeezerStatus.effective(false, false, schedule, AMSTERDAM, Instant.parse("2027-03-28T05:30:00Z")))
                .isEqualTo(OFFLINE); // 07:30 CEST
        assertThat(TeezerStatus.nextBoundary(schedule, AMSTERDAM, Instant.parse("2027-03-28T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-28T06:00:00Z"));
    }

    @Test
    void theAutumnSwitchMakesTheNightSlotAnHourLonger() {
        // 2026-10-25: 03:00 CEST → 02:00 CET; Saturday 23:00–04:00 lasts six real hours
        var schedule = new WeeklySchedule(Map.of(DayOfWeek.SATURDAY, List.of(slot("23:00", "04:00", WeeklySchedule.Mode.TEEZER))));
        assertThat(TeezerStatus.effective(false, false, schedule, AMSTERDAM, Instant.parse("2026-10-25T02:30:00Z")))
                .isEqualTo(TEEZER); // 03:30 CET
        assertThat(TeezerStatus.nextBoundary(schedule, AMSTERDAM, Instant.parse("2026-10-24T22:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-25T03:00:00Z")); // 04:00 CET
    }

    @Test
    void anotherTimeZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        var schedule = new WeeklySchedule(Map.of(DayOfWeek.MONDAY, List.of(slot("08:00", "12:00", WeeklySchedule.Mode.TEEZER))));
        Instant mondayNineInTokyo = at("2026-11-30T09:00", tokyo); // Monday 00:00 UTC, still Sunday in Amsterdam
        assertThat(TeezerStatus.effective(false, false, schedule, tokyo, mondayNineInTokyo)).isEqualTo(TEEZER);
        assertThat(TeezerStatus.effective(false, false, schedule, AMSTERDAM, mondayNineInTokyo)).isEqualTo(OFFLINE);
    }

    @Test
    void nextBoundaryIsTheNextSlotEdge() {
        assertThat(TeezerStatus.nextBoundary(NIGHT, AMSTERDAM, at("2026-11-25T12:00", AMSTERDAM)))
                .isEqualTo(at("2026-11-25T23:00", AMSTERDAM));
        assertThat(TeezerStatus.nextBoundary(NIGHT, AMSTERDAM, at("2026-11-25T23:00", AMSTERDAM)))
                .isEqualTo(at("2026-11-26T02:00", AMSTERDAM));
        assertThat(TeezerStatus.nextBoundary(WeeklySchedule.EMPTY, AMSTERDAM, Instant.now())).isNull();
    }
}
