package org.exsync.infrastructure.exchange.translate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeek;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeekIndex;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.DailyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.MonthlyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.RelativeMonthlyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.RelativeYearlyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.WeeklyPattern;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.YearlyPattern;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;

/**
 * A series' rule between the canonical {@link Recurrence} and ews-java-api's patterns. Exchange
 * holds every canonical pattern, with two limits: a yearly series repeats every year, and a series
 * ends by a date or by a count, not by both. The exceptions travel separately (see {@code
 * SeriesExceptions}); here only the rule.
 */
public final class RecurrenceTranslator {

  private RecurrenceTranslator() {}

  /** The EWS pattern of a canonical rule. */
  public static microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence
      toEws(Recurrence rule) {
    try {
      var pattern = pattern(rule);
      pattern.setStartDate(EwsDates.toRecurrenceDate(rule.firstDate()));
      if (rule.count() != null && rule.lastDate() != null) {
        throw new Untranslatable(
            "An Exchange series ends either on a date or after a number of occurrences; this one"
                + " has both (until "
                + rule.lastDate()
                + ", "
                + rule.count()
                + " times)");
      }
      if (rule.count() != null) {
        pattern.setNumberOfOccurrences(rule.count());
      } else if (rule.lastDate() != null) {
        pattern.setEndDate(EwsDates.toRecurrenceDate(rule.lastDate()));
      } else {
        pattern.neverEnds();
      }
      return pattern;
    } catch (Untranslatable e) {
      throw e;
    } catch (Exception e) {
      throw new Untranslatable("Exchange cannot hold the series rule: " + e.getMessage());
    }
  }

  private static microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence
      pattern(Recurrence rule) throws Exception {
    var start = EwsDates.toRecurrenceDate(rule.firstDate());
    return switch (rule.pattern()) {
      case DAILY -> new DailyPattern(start, rule.interval());
      case WEEKLY -> {
        WeeklyPattern weekly = new WeeklyPattern(start, rule.interval());
        rule.daysOfWeek().stream().sorted().forEach(d -> weekly.getDaysOfTheWeek().add(day(d)));
        yield weekly;
      }
      case MONTHLY_BY_DAY_OF_MONTH -> new MonthlyPattern(start, rule.interval(), dayOfMonth(rule));
      case MONTHLY_BY_WEEKDAY ->
          new RelativeMonthlyPattern(start, rule.interval(), dayGroup(rule), index(rule));
      case YEARLY_BY_DATE -> {
        everyYear(rule);
        yield new YearlyPattern(start, month(rule), dayOfMonth(rule));
      }
      case YEARLY_BY_WEEKDAY -> {
        everyYear(rule);
        yield new RelativeYearlyPattern(start, month(rule), dayGroup(rule), index(rule));
      }
    };
  }

  /**
   * The canonical rule of an EWS pattern, with the series' exceptions; null for a pattern Exsync
   * does not keep (the regenerating patterns of tasks).
   */
  public static Recurrence fromEws(
      microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence pattern,
      List<Occurrence> modified,
      SortedSet<LocalDate> deleted)
      throws Exception {
    Shape shape = shape(pattern);
    if (shape == null) {
      return null;
    }
    Integer count = pattern.getNumberOfOccurrences();
    LocalDate last =
        count == null && pattern.hasEnd()
            ? EwsDates.fromRecurrenceDate(pattern.getEndDate())
            : null;
    return new Recurrence(
        shape.pattern(),
        shape.interval(),
        shape.days(),
        shape.dayOfMonth(),
        shape.week(),
        shape.month(),
        EwsDates.fromRecurrenceDate(pattern.getStartDate()),
        last,
        count,
        modified,
        deleted);
  }

  /** The parts of a rule that differ between patterns. */
  private record Shape(
      Recurrence.Pattern pattern,
      int interval,
      Set<DayOfWeek> days,
      int dayOfMonth,
      Recurrence.WeekOfMonth week,
      java.time.Month month) {}

  private static Shape shape(
      microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence pattern)
      throws Exception {
    if (pattern instanceof DailyPattern daily) {
      return new Shape(Recurrence.Pattern.DAILY, daily.getInterval(), Set.of(), 0, null, null);
    }
    if (pattern instanceof WeeklyPattern weekly) {
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      weekly.getDaysOfTheWeek().forEach(d -> days.addAll(days(d)));
      return new Shape(Recurrence.Pattern.WEEKLY, weekly.getInterval(), days, 0, null, null);
    }
    if (pattern instanceof MonthlyPattern monthly) {
      return new Shape(
          Recurrence.Pattern.MONTHLY_BY_DAY_OF_MONTH,
          monthly.getInterval(),
          Set.of(),
          monthly.getDayOfMonth(),
          null,
          null);
    }
    if (pattern instanceof RelativeMonthlyPattern relative) {
      return new Shape(
          Recurrence.Pattern.MONTHLY_BY_WEEKDAY,
          relative.getInterval(),
          days(relative.getDayOfTheWeek()),
          0,
          week(relative.getDayOfTheWeekIndex()),
          null);
    }
    if (pattern instanceof YearlyPattern yearly) {
      return new Shape(
          Recurrence.Pattern.YEARLY_BY_DATE,
          1,
          Set.of(),
          yearly.getDayOfMonth(),
          null,
          month(yearly.getMonth()));
    }
    if (pattern instanceof RelativeYearlyPattern relative) {
      return new Shape(
          Recurrence.Pattern.YEARLY_BY_WEEKDAY,
          1,
          days(relative.getDayOfTheWeek()),
          0,
          week(relative.getDayOfTheWeekIndex()),
          month(relative.getMonth()));
    }
    return null;
  }

  private static void everyYear(Recurrence rule) {
    if (rule.interval() != 1) {
      throw new Untranslatable(
          "An Exchange series repeats yearly every year; this one repeats every "
              + rule.interval()
              + " years");
    }
  }

  private static int dayOfMonth(Recurrence rule) {
    if (rule.dayOfMonth() < 1 || rule.dayOfMonth() > 31) {
      throw new Untranslatable(
          "A " + rule.pattern() + " series needs a day of the month, got " + rule.dayOfMonth());
    }
    return rule.dayOfMonth();
  }

  private static microsoft.exchange.webservices.data.core.enumeration.property.time.Month month(
      Recurrence rule) {
    if (rule.month() == null) {
      throw new Untranslatable("A yearly series needs its month");
    }
    return microsoft.exchange.webservices.data.core.enumeration.property.time.Month.values()[
        rule.month().ordinal()];
  }

  private static java.time.Month month(
      microsoft.exchange.webservices.data.core.enumeration.property.time.Month month) {
    return java.time.Month.of(month.ordinal() + 1);
  }

  private static DayOfTheWeekIndex index(Recurrence rule) {
    if (rule.weekOfMonth() == null) {
      throw new Untranslatable("A " + rule.pattern() + " series needs the week of the month");
    }
    return switch (rule.weekOfMonth()) {
      case FIRST -> DayOfTheWeekIndex.First;
      case SECOND -> DayOfTheWeekIndex.Second;
      case THIRD -> DayOfTheWeekIndex.Third;
      case FOURTH -> DayOfTheWeekIndex.Fourth;
      case LAST -> DayOfTheWeekIndex.Last;
    };
  }

  private static Recurrence.WeekOfMonth week(DayOfTheWeekIndex index) {
    return switch (index) {
      case First -> Recurrence.WeekOfMonth.FIRST;
      case Second -> Recurrence.WeekOfMonth.SECOND;
      case Third -> Recurrence.WeekOfMonth.THIRD;
      case Fourth -> Recurrence.WeekOfMonth.FOURTH;
      case Last -> Recurrence.WeekOfMonth.LAST;
    };
  }

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  /** The one EWS day (or group of days) a relative series falls on. */
  private static DayOfTheWeek dayGroup(Recurrence rule) {
    Set<DayOfWeek> days = rule.daysOfWeek();
    if (days.size() == 1) {
      return day(days.iterator().next());
    }
    if (days.size() == 7) {
      return DayOfTheWeek.Day;
    }
    if (days.equals(WEEKDAYS)) {
      return DayOfTheWeek.Weekday;
    }
    if (days.equals(WEEKEND)) {
      return DayOfTheWeek.WeekendDay;
    }
    throw new Untranslatable(
        "A monthly or yearly Exchange series falls on one weekday, on any day, on a weekday or"
            + " on a weekend day; this one names "
            + days);
  }

  private static DayOfTheWeek day(DayOfWeek day) {
    return DayOfTheWeek.values()[day.getValue() % 7];
  }

  private static Set<DayOfWeek> days(DayOfTheWeek day) {
    return switch (day) {
      case Day -> EnumSet.allOf(DayOfWeek.class);
      case Weekday -> WEEKDAYS;
      case WeekendDay -> WEEKEND;
      default -> Set.of(DayOfWeek.of(day.ordinal() == 0 ? 7 : day.ordinal()));
    };
  }
}
