package org.exsync.infrastructure.superoffice.wire;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One stored occurrence of a series as the Appointment list shows it: its row id, wall times in the
 * base zone, title, location and change time.
 */
public record OccurrenceRow(
    int id,
    LocalDateTime start,
    LocalDateTime end,
    String title,
    String location,
    Instant updated) {}
