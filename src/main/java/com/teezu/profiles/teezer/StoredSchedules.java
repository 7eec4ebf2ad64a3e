package com.teezu.profiles.teezer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the stored form of a schedule ({@code {mon: [{start, end, mode}] …}}, checked before it was
 * stored). A profile read would otherwise parse the same JSON on every request: parsed schedules are
 * kept by their text, so a changed schedule is simply another entry.
 */
@Component
public class StoredSchedules {

    private final JsonMapper json;
    private final Cache<String, WeeklySchedule> parsed = Caffeine.newBuilder().maximumSize(20_000).build();

    StoredSchedules(JsonMapper json) {
        this.json = json;
    }

    /** {@link WeeklySchedule#EMPTY} for none. */
    public WeeklySchedule read(String storedDays) {
        if (storedDays == null || storedDays.isBlank()) return WeeklySchedule.EMPTY;
        return parsed.get(storedDays, text -> new ScheduleRequest("UTC", json.readValue(text, ScheduleRequest.Days.class)).schedule());
    }
}
