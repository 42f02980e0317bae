package org.exsync.sandbox.data;

import java.time.ZonedDateTime;

/**
 * A diary appointment as the user would see it in either system.
 *
 * @param key stable identity within the world, for tests that look an item up
 * @param title subject line
 * @param description body text
 * @param location where it takes place, or empty
 * @param start start in the zone it was planned in (for all-day items, midnight of the first day)
 * @param end end (for all-day items, midnight after the last day)
 * @param allDay an all-day (or multi-day) event
 * @param free shown as free rather than busy
 * @param isPrivate private: others see only that the time is taken
 * @param reminderMinutes minutes before the start for the reminder, or {@code null} for none
 * @param recurrence the series it starts, or {@code null} for a single appointment
 */
public record SeedAppointment(
    String key,
    String title,
    String description,
    String location,
    ZonedDateTime start,
    ZonedDateTime end,
    boolean allDay,
    boolean free,
    boolean isPrivate,
    Integer reminderMinutes,
    SeedRecurrence recurrence) {}
