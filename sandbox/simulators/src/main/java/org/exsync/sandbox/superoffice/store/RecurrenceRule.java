package org.exsync.sandbox.superoffice.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule a series of appointments was made from. SuperOffice stores every occurrence as its own
 * appointment row; the rows share the rule's id.
 *
 * @param id the recurrence rule id
 * @param pattern how it repeats
 * @param cycle every n days, weeks or months
 * @param weekdays for weekly series, the days it falls on
 * @param count how many occurrences the series was made with
 * @param startDate the first occurrence's date
 * @param endDate the last occurrence's date
 */
public record RecurrenceRule(
    int id,
    Pattern pattern,
    int cycle,
    List<DayOfWeek> weekdays,
    int count,
    LocalDate startDate,
    LocalDate endDate) {

  /** The Web API's {@code RecurrenceInfo.Pattern} values this simulator produces. */
  public enum Pattern {
    Daily,
    Weekly,
    Monthly
  }

  public RecurrenceRule {
    weekdays = List.copyOf(weekdays);
  }
}
