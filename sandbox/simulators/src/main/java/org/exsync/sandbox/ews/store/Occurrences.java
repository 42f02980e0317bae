package org.exsync.sandbox.ews.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.exsync.sandbox.ews.xml.XmlNode;

/**
 * Expands a recurring master into its occurrences, as Exchange does for a CalendarView: the pattern
 * (daily, weekly, absolute and relative monthly, absolute and relative yearly) within the range
 * (numbered, end date, no end), at the master's wall-clock time in its start time zone. A day of
 * the month past the month's end falls on its last day, as in Outlook. Instance indexes count from
 * 1 and include deleted occurrences, so an index names the same occurrence for the series' whole
 * life.
 */
public final class Occurrences {

  /** No series is expanded past this many occurrences, as an open-ended series never ends. */
  static final int LIMIT = 2_000;

  private Occurrences() {}

  /**
   * One occurrence of a series.
   *
   * @param index instance index, from 1
   * @param originalStart where the pattern puts it
   * @param originalEnd its end by the pattern
   */
  public record Occurrence(int index, Instant originalStart, Instant originalEnd) {}

  /** The series' occurrences by the pattern, up to {@code until} (exclusive). */
  public static List<Occurrence> of(Item master, Instant until) {
    XmlNode recurrence = master.property("Recurrence").orElseThrow();
    ZoneId zone = seriesZone(master);
    ZonedDateTime start = Instant.parse(master.text("Start").orElseThrow()).atZone(zone);
    Duration length =
        Duration.between(
            Instant.parse(master.text("Start").orElseThrow()),
            Instant.parse(master.text("End").orElseThrow()));
    XmlNode pattern = recurrence.children().get(0);
    XmlNode range = recurrence.children().get(1);
    LocalDate first = date(range.childText("StartDate").orElse(start.toLocalDate().toString()));
    int count = range.childText("NumberOfOccurrences").map(Integer::parseInt).orElse(LIMIT);
    LocalDate last = range.childText("EndDate").map(Occurrences::date).orElse(LocalDate.MAX);
    LocalTime time = start.toLocalTime();
    List<Occurrence> result = new ArrayList<>();
    for (LocalDate day : dates(pattern, first)) {
      Instant at = day.atTime(time).atZone(zone).toInstant();
      if (result.size() >= Math.min(count, LIMIT) || day.isAfter(last) || !at.isBefore(until)) {
        break;
      }
      result.add(new Occurrence(result.size() + 1, at, at.plus(length)));
    }
    return result;
  }

  /** The zone a series repeats in: its start time zone, else the mailbox's. */
  public static ZoneId seriesZone(Item master) {
    return master
        .property("StartTimeZone")
        .map(tz -> WindowsZones.toZone(tz.attribute("Id")))
        .or(() -> master.text("StartTimeZoneId").map(WindowsZones::toZone))
        .orElse(ZoneId.of("UTC"));
  }

  private static LocalDate date(String xsDate) {
    return LocalDate.parse(xsDate.substring(0, 10));
  }

  /** The pattern's dates from the first, made one at a time so a short series costs little. */
  private static Iterable<LocalDate> dates(XmlNode pattern, LocalDate first) {
    int interval = pattern.childText("Interval").map(Integer::parseInt).orElse(1);
    return switch (pattern.name()) {
      case "DailyRecurrence" -> () -> Stream.iterate(first, d -> d.plusDays(interval)).iterator();
      case "WeeklyRecurrence" -> {
        Set<DayOfWeek> on = daysOfWeek(pattern.childText("DaysOfWeek").orElse(""), first);
        LocalDate firstWeek = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        yield () ->
            Stream.iterate(firstWeek, w -> w.plusWeeks(interval))
                .flatMap(w -> Stream.iterate(w, d -> d.plusDays(1)).limit(7))
                .filter(d -> on.contains(d.getDayOfWeek()) && !d.isBefore(first))
                .iterator();
      }
      case "AbsoluteMonthlyRecurrence" -> {
        int dayOfMonth =
            pattern.childText("DayOfMonth").map(Integer::parseInt).orElse(first.getDayOfMonth());
        yield months(
            first, first, interval, m -> m.withDayOfMonth(Math.min(dayOfMonth, m.lengthOfMonth())));
      }
      case "RelativeMonthlyRecurrence" ->
          months(first, first, interval, m -> relative(pattern, m, first));
      case "AbsoluteYearlyRecurrence" -> {
        int dayOfMonth =
            pattern.childText("DayOfMonth").map(Integer::parseInt).orElse(first.getDayOfMonth());
        yield months(
            first,
            first.withMonth(month(pattern, first)),
            12,
            m -> m.withDayOfMonth(Math.min(dayOfMonth, m.lengthOfMonth())));
      }
      case "RelativeYearlyRecurrence" ->
          months(
              first, first.withMonth(month(pattern, first)), 12, m -> relative(pattern, m, first));
      default -> throw new UnsupportedPattern(pattern.name());
    };
  }

  /** One date per period of months from the first date's month, on or after the first date. */
  private static Iterable<LocalDate> months(
      LocalDate first,
      LocalDate startMonth,
      int months,
      java.util.function.UnaryOperator<LocalDate> dayIn) {
    LocalDate start = startMonth.withDayOfMonth(1);
    return () ->
        Stream.iterate(start, m -> m.plusMonths(months))
            .limit((long) LIMIT * 12)
            .map(dayIn)
            .filter(d -> !d.isBefore(first))
            .iterator();
  }

  private static int month(XmlNode pattern, LocalDate first) {
    return pattern
        .childText("Month")
        .map(m -> java.time.Month.valueOf(m.toUpperCase(Locale.ROOT)).getValue())
        .orElse(first.getMonthValue());
  }

  /** The first, second, third, fourth or last day of the pattern's kind within the month. */
  private static LocalDate relative(XmlNode pattern, LocalDate month, LocalDate first) {
    Set<DayOfWeek> days = daysOfWeek(pattern.childText("DaysOfWeek").orElse(""), first);
    List<LocalDate> matching = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      if (days.contains(month.withDayOfMonth(d).getDayOfWeek())) {
        matching.add(month.withDayOfMonth(d));
      }
    }
    return switch (pattern.childText("DayOfWeekIndex").orElse("First")) {
      case "Second" -> matching.get(1);
      case "Third" -> matching.get(2);
      case "Fourth" -> matching.get(3);
      case "Last" -> matching.get(matching.size() - 1);
      default -> matching.get(0);
    };
  }

  private static Set<DayOfWeek> daysOfWeek(String text, LocalDate first) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String word : text.trim().split("\\s+")) {
      switch (word) {
        case "Day" -> days.addAll(EnumSet.allOf(DayOfWeek.class));
        case "Weekday" -> days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        case "WeekendDay" -> days.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        case "" -> {}
        default -> days.add(DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)));
      }
    }
    if (days.isEmpty()) {
      days.add(first.getDayOfWeek());
    }
    return days;
  }

  /** A recurrence pattern the simulator does not expand (the regenerating ones of tasks). */
  public static final class UnsupportedPattern extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedPattern(String pattern) {
      super("The simulator does not expand " + pattern + " series", null, false, false);
    }
  }
}
