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

  /**
   * The same row with its wall times moved from one zone's clock to another's; an end in the hour
   * the first zone's clocks go back is read as {@link WireTimes#end} reads it.
   */
  public OccurrenceRow inZone(ZoneId from, ZoneId to) {
    Instant startsAt = start.atZone(from).toInstant();
    Instant endsAt = WireTimes.end(end, from, startsAt);
    return new OccurrenceRow(
        id,
        LocalDateTime.ofInstant(startsAt, to),
        LocalDateTime.ofInstant(endsAt, to),
        title,
        location,
        updated);
  }

  /** When the row starts and ends on that zone's clock. */
  public Instant startIn(ZoneId zone) {
    return start.atZone(zone).toInstant();
  }

  public Instant endIn(ZoneId zone) {
    return WireTimes.end(end, zone, startIn(zone));
  }
}
