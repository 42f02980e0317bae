package org.exsync.sandbox.superoffice.rest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.exsync.sandbox.superoffice.store.RecurrenceRule;

/**
 * The dates a recurrence pattern plans from its start, as the Web API expands a {@code
 * RecurrenceInfo} that comes without {@code Dates}: until an end date, or for a number of
 * occurrences. For yearly series the Web API's {@code Cycle} is the month.
 */
record RuleDates(
    RecurrenceRule.Pattern pattern,
    int cycle,
    List<DayOfWeek> weekdays,
    boolean byWeekday,
    int day,
    String weekOfMonth,
    LocalDate start) {

  /** Far enough for any series a user makes; the Web API caps series as well. */
  private static final int MAX_OCCURRENCES = 1000;

  /**
   * @param endDate the last date an occurrence may fall on, or null to count
   * @param count how many occurrences, when there is no end date
   */
  List<LocalDate> until(LocalDate endDate, int count) {
    List<LocalDate> dates = new ArrayList<>();
    int wanted = endDate == null ? count : MAX_OCCURRENCES;
    for (long step = 0; dates.size() < wanted && step < MAX_OCCURRENCES * 7L; step++) {
      for (LocalDate date : period(step)) {
        if (date.isBefore(start) || dates.size() >= wanted) {
          continue;
        }
        if (endDate != null && date.isAfter(endDate)) {
          return dates;
        }
        dates.add(date);
      }
    }
    return dates;
  }

  /** The dates of the step-th period (day, week, month or year) after the start's. */
  private List<LocalDate> period(long step) {
    return switch (pattern) {
      case Daily -> List.of(start.plusDays(step * cycle));
      case Weekly -> {
        LocalDate monday = start.with(DayOfWeek.MONDAY).plusWeeks(step * cycle);
        yield weekdays.stream().sorted().map(d -> monday.plusDays(d.getValue() - 1L)).toList();
      }
      case Monthly -> List.of(inMonth(start.withDayOfMonth(1).plusMonths(step * cycle)));
      case Yearly ->
          List.of(inMonth(start.withDayOfMonth(1).withMonth(cycle).plus(step, ChronoUnit.YEARS)));
    };
  }

  private LocalDate inMonth(LocalDate firstOfMonth) {
    if (!byWeekday) {
      return firstOfMonth.withDayOfMonth(Math.min(day, firstOfMonth.lengthOfMonth()));
    }
    DayOfWeek weekday = weekdays.get(0);
    if (weekOfMonth.equals("Last")) {
      return firstOfMonth.with(TemporalAdjusters.lastInMonth(weekday));
    }
    int ordinal =
        switch (weekOfMonth) {
          case "Second" -> 2;
          case "Third" -> 3;
          case "Fourth" -> 4;
          default -> 1;
        };
    return firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }
}
