package org.exsync.infrastructure.superoffice.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

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
    Instant updated) {

  /** The same row with its wall times moved from one zone's clock to another's. */
  public OccurrenceRow inZone(ZoneId from, ZoneId to) {
    return new OccurrenceRow(
        id, moved(start, from, to), moved(end, from, to), title, location, updated);
  }

  private static LocalDateTime moved(LocalDateTime time, ZoneId from, ZoneId to) {
    return time.atZone(from).withZoneSameInstant(to).toLocalDateTime();
  }
}
