package org.exsync.infrastructure.superoffice.wire;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;

/**
 * Turns the rows SuperOffice stores for a series (one per occurrence, sharing a recurrence rule)
 * into one canonical series with its exceptions, and tells which row stands for which planned date.
 *
 * <p>A timed series is read on the clock of the zone it was planned in (its {@code
 * PreferredTZLocation}): SuperOffice stores the rows in base wall time, so a weekly 09:00 New York
 * meeting stands at 15:00 in Oslo until New York changes its clocks, at 14:00 until Oslo changes
 * its own, then at 15:00 again. On New York's clock every row is at 09:00, as Exchange holds the
 * series; on Oslo's, the rows between the two changes would be read as moved occurrences.
 *
 * <p>The series' own time, length, title and location are those most of its rows have. A row on a
 * planned date stands for that date; a row moved to another day stands for the nearest planned date
 * without a row of its own (SuperOffice keeps no original date). A planned date without a row was
 * cancelled; a row that differs from the series is a modified occurrence.
 */
public final class SeriesAssembler {

  /** The most a zone's clocks move at a daylight saving change. */
  static final Duration DAYLIGHT_STEP = Duration.ofHours(1);

  private SeriesAssembler() {}

  /** The rows by the planned date they stand for. */
  public static Map<LocalDate, OccurrenceRow> byPlannedDate(
      List<LocalDate> planned, List<OccurrenceRow> rows) {
    Map<LocalDate, OccurrenceRow> assigned = new TreeMap<>();
    TreeSet<LocalDate> open = new TreeSet<>(planned);
    List<OccurrenceRow> moved = new ArrayList<>();
    for (OccurrenceRow row :
        rows.stream().sorted(Comparator.comparing(OccurrenceRow::start)).toList()) {
      LocalDate day = row.start().toLocalDate();
      if (open.remove(day)) {
        assigned.put(day, row);
      } else {
        moved.add(row);
      }
    }
    for (OccurrenceRow row : moved) {
      LocalDate day = row.start().toLocalDate();
      LocalDate before = open.floor(day);
      LocalDate after = open.ceiling(day);
      LocalDate nearest =
          before == null
              ? after
              : after == null
                  ? before
                  : (day.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - day.toEpochDay()
                      ? before
                      : after);
      if (nearest != null) {
        open.remove(nearest);
        assigned.put(nearest, row);
      }
    }
    return assigned;
  }

  /**
   * @param master the series as one row shows it (body, privacy, alarm, all-day, the zone it was
   *     planned in): only its rule-independent fields are used
   * @param rule the rule without exceptions, as {@link RecurrenceJson#read} gives it
   * @param rows the series' rows in base wall time
   */
  public static AppointmentItem assemble(
      AppointmentItem master, Recurrence rule, List<OccurrenceRow> baseRows, ZoneId base) {
    if (baseRows.isEmpty()) {
      throw new IllegalArgumentException("A series needs at least one row");
    }
    ZoneId zone = master.allDay() ? base : master.zone();
    List<OccurrenceRow> rows =
        zone.equals(base) ? baseRows : baseRows.stream().map(r -> r.inZone(base, zone)).toList();
    Template template = template(rows);
    List<LocalDate> planned = PatternDates.of(rule);
    Map<LocalDate, OccurrenceRow> assigned = byPlannedDate(planned, rows);
    LocalDateTime first = firstStart(template, assigned.get(rule.firstDate()), rule.firstDate());
    List<Occurrence> modified = new ArrayList<>();
    TreeSet<LocalDate> deleted = new TreeSet<>();
    for (LocalDate date : planned) {
      OccurrenceRow row = assigned.get(date);
      if (row == null) {
        deleted.add(date);
      } else if (!template.matches(row) && !isSeriesStart(template, row, date, rule, first)) {
        modified.add(
            new Occurrence(date, row.startIn(zone), row.endIn(zone), row.title(), row.location()));
      }
    }
    Recurrence full = withExceptions(rule, modified, deleted);
    Instant start = first.atZone(zone).toInstant();
    Instant end = first.plus(template.length()).atZone(zone).toInstant();
    return new AppointmentItem(
        template.title(),
        master.body(),
        template.location(),
        start,
        end,
        zone,
        master.allDay(),
        master.showAs(),
        master.isPrivate(),
        master.reminderMinutes(),
        master.categories(),
        master.organizer(),
        master.attendees(),
        full,
        master.crmBooking());
  }

  /**
   * Where the series starts in the wall time it is read in: the template's time on the first date,
   * unless the first row follows the template but for a start at most an hour away. That hour is a
   * daylight saving step: a series whose planned zone SuperOffice does not name is read in base
   * wall time, where a series planned in New York or Tokyo has rows on one side of the base zone's
   * change an hour off the others, and the most common time need not be the first occurrence's.
   */
  static LocalDateTime firstStart(Template template, OccurrenceRow row, LocalDate firstDate) {
    LocalDateTime planned = template.startOn(firstDate);
    if (row == null
        || !row.start().toLocalDate().equals(firstDate)
        || !Duration.between(row.start(), row.end()).equals(template.length())
        || !row.title().equals(template.title())
        || !row.location().equals(template.location())
        || Duration.between(planned, row.start()).abs().compareTo(DAYLIGHT_STEP) > 0) {
      return planned;
    }
    return row.start();
  }

  /** The first row, when it gave the series its start, is the series, not an exception to it. */
  private static boolean isSeriesStart(
      Template template, OccurrenceRow row, LocalDate date, Recurrence rule, LocalDateTime first) {
    return date.equals(rule.firstDate())
        && row.start().equals(first)
        && Duration.between(row.start(), row.end()).equals(template.length())
        && row.title().equals(template.title())
        && row.location().equals(template.location());
  }

  /** The same rule with these exceptions in place of its own. */
  public static Recurrence withExceptions(
      Recurrence rule, List<Occurrence> modified, java.util.SortedSet<LocalDate> deleted) {
    return new Recurrence(
        rule.pattern(),
        rule.interval(),
        rule.daysOfWeek(),
        rule.dayOfMonth(),
        rule.weekOfMonth(),
        rule.month(),
        rule.firstDate(),
        rule.lastDate(),
        rule.count(),
        modified,
        deleted);
  }

  /** The version of a series: the latest change of any of its rows. */
  public static Instant lastChange(List<OccurrenceRow> rows) {
    return rows.stream().map(OccurrenceRow::updated).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** What a row of the series looks like unless it was changed on its own. */
  public record Template(LocalTime start, Duration length, String title, String location) {

    public boolean matches(OccurrenceRow row) {
      return row.start().toLocalTime().equals(start)
          && Duration.between(row.start(), row.end()).equals(length)
          && row.title().equals(title)
          && row.location().equals(location);
    }

    /** The wall times a row on this date has when it follows the series. */
    public LocalDateTime startOn(LocalDate date) {
      return date.atTime(start);
    }
  }

  public static Template template(List<OccurrenceRow> rows) {
    return new Template(
        mostCommon(rows, r -> r.start().toLocalTime()),
        mostCommon(rows, r -> Duration.between(r.start(), r.end())),
        mostCommon(rows, OccurrenceRow::title),
        mostCommon(rows, OccurrenceRow::location));
  }

  /** The most frequent value; among equally frequent ones, that of the earliest row. */
  private static <V> V mostCommon(List<OccurrenceRow> rows, Function<OccurrenceRow, V> value) {
    Map<V, Long> counts =
        rows.stream()
            .sorted(Comparator.comparing(OccurrenceRow::start))
            .collect(Collectors.groupingBy(value, LinkedHashMap::new, Collectors.counting()));
    long best = counts.values().stream().max(Long::compare).orElse(0L);
    Map<V, Long> ties = new HashMap<>();
    counts.forEach(
        (v, c) -> {
          if (c == best) {
            ties.put(v, c);
          }
        });
    return counts.keySet().stream().filter(ties::containsKey).findFirst().orElseThrow();
  }
}
