package org.exsync.sandbox.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A repeating series: how it repeats, how often, and the occurrences that were moved or cancelled.
 *
 * @param frequency daily, weekly or monthly
 * @param interval every n days, weeks or months
 * @param daysOfWeek for weekly series, the days it falls on
 * @param occurrences how many occurrences the series has
 * @param cancelled original dates of occurrences that were deleted from the series
 * @param retitled original dates of occurrences whose title was changed, with the new title
 */
public record SeedRecurrence(
    Frequency frequency,
    int interval,
    List<DayOfWeek> daysOfWeek,
    int occurrences,
    List<LocalDate> cancelled,
    Map<LocalDate, String> retitled) {

  public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY
  }

  public SeedRecurrence {
    daysOfWeek = List.copyOf(daysOfWeek);
    cancelled = List.copyOf(cancelled);
    retitled = Map.copyOf(retitled);
  }
}
