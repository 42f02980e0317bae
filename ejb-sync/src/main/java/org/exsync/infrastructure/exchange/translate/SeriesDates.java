package org.exsync.infrastructure.exchange.translate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.exsync.engine.item.Recurrence;

/**
 * The dates a series falls on by its pattern, as Exchange counts them: from the first date, within
 * the range, a day of month past the month's end falling on its last day, weeks starting on Sunday.
 * EWS names an occurrence by its instance index (from 1, counting cancelled ones), so writing an
 * exception means finding the index of its original date.
 */
public final class SeriesDates {

  /** No series is followed past this many occurrences or past this year. */
  static final int LIMIT = 10_000;

  private static final int LAST_YEAR = 4500;

  private SeriesDates() {}

  /** The instance index of the occurrence on this date, or empty if the series has none then. */
  public static OptionalInt indexOf(Recurrence series, LocalDate date) {
    int index = 0;
    for (LocalDate month = series.firstDate().withDayOfMonth(1);
        index < limit(series) && month.getYear() < LAST_YEAR;
        month = nextPeriod(series, month)) {
      for (LocalDate day : datesIn(series, month)) {
        if (day.isBefore(series.firstDate())) {
          continue;
        }
        if (index >= limit(series)
            || (series.lastDate() != null && day.isAfter(series.lastDate()))) {
          return OptionalInt.empty();
        }
        index++;
        if (day.equals(date)) {
          return OptionalInt.of(index);
        }
        if (day.isAfter(date)) {
          return OptionalInt.empty();
        }
      }
    }
    return OptionalInt.empty();
  }

  private static int limit(Recurrence series) {
    return series.count() == null ? LIMIT : Math.min(series.count(), LIMIT);
  }

  /**
   * The next block of dates to look at: a month for monthly, yearly and daily series; for weekly
   * series the month is only the unit of iteration, and weeks are filtered within it.
   */
  private static LocalDate nextPeriod(Recurrence series, LocalDate month) {
    return switch (series.pattern()) {
      case MONTHLY_BY_DAY_OF_MONTH, MONTHLY_BY_WEEKDAY -> month.plusMonths(series.interval());
      case YEARLY_BY_DATE, YEARLY_BY_WEEKDAY -> month.plusYears(1);
      case DAILY, WEEKLY -> month.plusMonths(1);
    };
  }

  /** The pattern's dates in the month starting at {@code month}, in order. */
  private static List<LocalDate> datesIn(Recurrence series, LocalDate month) {
    List<LocalDate> dates = new ArrayList<>();
    YearMonth yearMonth = YearMonth.from(month);
    switch (series.pattern()) {
      case DAILY -> {
        for (LocalDate day = month; YearMonth.from(day).equals(yearMonth); day = day.plusDays(1)) {
          long days = series.firstDate().until(day, java.time.temporal.ChronoUnit.DAYS);
          if (days >= 0 && days % series.interval() == 0) {
            dates.add(day);
          }
        }
      }
      case WEEKLY -> {
        LocalDate firstWeek =
            series.firstDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = month; YearMonth.from(day).equals(yearMonth); day = day.plusDays(1)) {
          LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
          long weeks = firstWeek.until(week, java.time.temporal.ChronoUnit.WEEKS);
          if (weeks >= 0
              && weeks % series.interval() == 0
              && series.daysOfWeek().contains(day.getDayOfWeek())) {
            dates.add(day);
          }
        }
      }
      case MONTHLY_BY_DAY_OF_MONTH -> dates.add(dayOfMonth(yearMonth, series.dayOfMonth()));
      case MONTHLY_BY_WEEKDAY -> dates.add(weekday(yearMonth, series));
      case YEARLY_BY_DATE ->
          dates.add(dayOfMonth(YearMonth.of(month.getYear(), series.month()), series.dayOfMonth()));
      case YEARLY_BY_WEEKDAY ->
          dates.add(weekday(YearMonth.of(month.getYear(), series.month()), series));
    }
    return dates;
  }

  private static LocalDate dayOfMonth(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }

  /** The first, second, ... or last day of the month that is one of the series' weekdays. */
  static LocalDate weekday(YearMonth month, Recurrence series) {
    Set<DayOfWeek> days = series.daysOfWeek();
    List<LocalDate> matching = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      if (days.contains(month.atDay(d).getDayOfWeek())) {
        matching.add(month.atDay(d));
      }
    }
    return switch (series.weekOfMonth()) {
      case FIRST -> matching.get(0);
      case SECOND -> matching.get(1);
      case THIRD -> matching.get(2);
      case FOURTH -> matching.get(3);
      case LAST -> matching.get(matching.size() - 1);
    };
  }
}
