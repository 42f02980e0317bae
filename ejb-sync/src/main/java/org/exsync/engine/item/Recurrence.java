package org.exsync.engine.item;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rule of a recurring series with its exceptions, in the zone of the appointment it belongs to.
 * Exchange holds a master with exceptions; SuperOffice a row per occurrence under one rule: both
 * adapters translate to and from this one shape.
 *
 * @param pattern how occurrences follow each other
 * @param interval every how many days, weeks, months or years; at least 1
 * @param daysOfWeek the weekdays of a weekly series, or the one weekday of a relative monthly or
 *     yearly series; empty otherwise
 * @param dayOfMonth the day of an absolute monthly or yearly series, 0 otherwise
 * @param weekOfMonth which week of the month a relative series falls in, null otherwise
 * @param month the month of a yearly series, null otherwise
 * @param firstDate the date of the first occurrence
 * @param lastDate the last date an occurrence may fall on, or null
 * @param count the number of occurrences, or null; a series without lastDate and count never ends
 * @param modified occurrences that differ from the pattern
 * @param deleted original dates of occurrences that were cancelled
 */
public record Recurrence(
    Pattern pattern,
    int interval,
    Set<DayOfWeek> daysOfWeek,
    int dayOfMonth,
    WeekOfMonth weekOfMonth,
    Month month,
    LocalDate firstDate,
    LocalDate lastDate,
    Integer count,
    List<Occurrence> modified,
    SortedSet<LocalDate> deleted)
    implements Hashable {

  public enum Pattern {
    DAILY,
    WEEKLY,
    MONTHLY_BY_DAY_OF_MONTH,
    MONTHLY_BY_WEEKDAY,
    YEARLY_BY_DATE,
    YEARLY_BY_WEEKDAY
  }

  public enum WeekOfMonth {
    FIRST,
    SECOND,
    THIRD,
    FOURTH,
    LAST
  }

  public Recurrence {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(firstDate, "firstDate");
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1, got " + interval);
    }
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    if (lastDate != null && lastDate.isBefore(firstDate)) {
      throw new IllegalArgumentException(
          "lastDate " + lastDate + " lies before firstDate " + firstDate);
    }
    daysOfWeek =
        daysOfWeek == null || daysOfWeek.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(daysOfWeek));
    if ((pattern == Pattern.WEEKLY
            || pattern == Pattern.MONTHLY_BY_WEEKDAY
            || pattern == Pattern.YEARLY_BY_WEEKDAY)
        && daysOfWeek.isEmpty()) {
      throw new IllegalArgumentException("A " + pattern + " series needs at least one weekday");
    }
    modified =
        modified == null
            ? List.of()
            : modified.stream().sorted(Comparator.comparing(Occurrence::originalDate)).toList();
    deleted = deleted == null ? new TreeSet<>() : new TreeSet<>(deleted);
    deleted = java.util.Collections.unmodifiableSortedSet(deleted);
  }

  /** Whether the series ends, by date or by count. */
  public boolean isEndless() {
    return lastDate == null && count == null;
  }

  @Override
  public String contentHash() {
    Fingerprint print =
        Fingerprint.of("recurrence")
            .add("pattern", pattern)
            .add("interval", interval)
            .addAll("daysOfWeek", new TreeSet<>(daysOfWeek))
            .add("dayOfMonth", dayOfMonth)
            .add("weekOfMonth", weekOfMonth)
            .add("month", month)
            .add("firstDate", firstDate)
            .add("lastDate", lastDate)
            .add("count", count)
            .addAll("modified", modified.stream().map(Occurrence::contentHash).toList())
            .addAll("deleted", deleted);
    return print.finish();
  }
}
