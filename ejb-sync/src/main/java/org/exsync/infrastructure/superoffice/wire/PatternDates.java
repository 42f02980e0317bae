package org.exsync.infrastructure.superoffice.wire;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.exsync.engine.item.Recurrence;

/**
 * The dates a canonical recurrence rule plans, cancelled ones included: from the first date until
 * the count is reached or the last date passed. Endless rules are cut at a limit; SuperOffice
 * cannot store them anyway.
 */
public final class PatternDates {

  /** The most occurrences a series is expanded to. */
  public static final int LIMIT = 1000;

  private PatternDates() {}

  public static List<LocalDate> of(Recurrence rule) {
    int wanted = rule.count() != null ? rule.count() : LIMIT;
    List<LocalDate> dates = new ArrayList<>();
    for (long step = 0; dates.size() < wanted && step < LIMIT; step++) {
      for (LocalDate date : period(rule, step)) {
        if (date.isBefore(rule.firstDate()) || dates.size() >= wanted) {
          continue;
        }
        if (rule.lastDate() != null && date.isAfter(rule.lastDate())) {
          return dates;
        }
        dates.add(date);
      }
    }
    return dates;
  }

  private static List<LocalDate> period(Recurrence rule, long step) {
    LocalDate first = rule.firstDate();
    long n = step * rule.interval();
    return switch (rule.pattern()) {
      case DAILY -> List.of(first.plusDays(n));
      case WEEKLY -> {
        LocalDate monday = first.with(DayOfWeek.MONDAY).plusWeeks(n);
        yield rule.daysOfWeek().stream()
            .sorted()
            .map(d -> monday.plusDays(d.getValue() - 1L))
            .toList();
      }
      case MONTHLY_BY_DAY_OF_MONTH ->
          List.of(dayOfMonth(first.withDayOfMonth(1).plusMonths(n), rule));
      case MONTHLY_BY_WEEKDAY -> List.of(weekday(first.withDayOfMonth(1).plusMonths(n), rule));
      case YEARLY_BY_DATE ->
          List.of(dayOfMonth(first.withDayOfMonth(1).withMonth(month(rule)).plusYears(n), rule));
      case YEARLY_BY_WEEKDAY ->
          List.of(weekday(first.withDayOfMonth(1).withMonth(month(rule)).plusYears(n), rule));
    };
  }

  private static int month(Recurrence rule) {
    return rule.month() == null ? rule.firstDate().getMonthValue() : rule.month().getValue();
  }

  private static LocalDate dayOfMonth(LocalDate firstOfMonth, Recurrence rule) {
    int day = rule.dayOfMonth() > 0 ? rule.dayOfMonth() : rule.firstDate().getDayOfMonth();
    return firstOfMonth.withDayOfMonth(Math.min(day, firstOfMonth.lengthOfMonth()));
  }

  private static LocalDate weekday(LocalDate firstOfMonth, Recurrence rule) {
    DayOfWeek day = rule.daysOfWeek().iterator().next();
    Recurrence.WeekOfMonth week =
        rule.weekOfMonth() == null ? Recurrence.WeekOfMonth.FIRST : rule.weekOfMonth();
    return week == Recurrence.WeekOfMonth.LAST
        ? firstOfMonth.with(TemporalAdjusters.lastInMonth(day))
        : firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(week.ordinal() + 1, day));
  }
}
