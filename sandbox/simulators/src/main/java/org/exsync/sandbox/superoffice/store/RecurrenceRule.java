package org.exsync.sandbox.superoffice.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule a series of appointments was made from, as {@code RecurrenceInfo} describes it.
 * SuperOffice stores every occurrence as its own appointment row; the rows share the rule's id.
 *
 * @param id the recurrence rule id
 * @param pattern how it repeats
 * @param cycle every n days, weeks or months (for yearly series: the month, as the Web API has it)
 * @param weekdays for weekly series the days it falls on; for series on a weekday of the month the
 *     one weekday
 * @param byWeekday a monthly or yearly series on a weekday of the month ({@code WeekdayOfMonth})
 *     rather than on a day of the month ({@code DayOfMonth})
 * @param day for monthly and yearly series by day of the month, the day
 * @param weekOfMonth for series on a weekday of the month: First, Second, Third, Fourth or Last
 * @param endType whether the series ends after a number of occurrences or on a date
 * @param count how many occurrences the series was made with
 * @param startDate the first occurrence's date
 * @param endDate the last occurrence's date
 * @param dates every date the rule planned an occurrence on, cancelled ones included
 */
public record RecurrenceRule(
    int id,
    Pattern pattern,
    int cycle,
    List<DayOfWeek> weekdays,
    boolean byWeekday,
    int day,
    String weekOfMonth,
    EndType endType,
    int count,
    LocalDate startDate,
    LocalDate endDate,
    List<LocalDate> dates) {

  /** The Web API's {@code RecurrenceInfo.Pattern} values this simulator produces. */
  public enum Pattern {
    Daily,
    Weekly,
    Monthly,
    Yearly
  }

  /** The Web API's {@code RecurrenceEndType}. */
  public enum EndType {
    Counter,
    EndDate
  }

  public RecurrenceRule {
    weekdays = List.copyOf(weekdays);
    dates = List.copyOf(dates);
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("A recurrence rule plans at least one date");
    }
  }

  /** A rule with a simple daily, weekly or monthly-by-date pattern that ends after its dates. */
  public static RecurrenceRule counted(
      int id, Pattern pattern, int cycle, List<DayOfWeek> weekdays, List<LocalDate> dates) {
    LocalDate first = dates.get(0);
    return new RecurrenceRule(
        id,
        pattern,
        cycle,
        weekdays,
        false,
        pattern == Pattern.Monthly ? first.getDayOfMonth() : 0,
        "",
        EndType.Counter,
        dates.size(),
        first,
        dates.get(dates.size() - 1),
        dates);
  }
}
