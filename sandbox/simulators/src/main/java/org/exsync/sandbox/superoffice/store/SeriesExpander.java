package org.exsync.sandbox.superoffice.store;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.exsync.sandbox.data.SeedAppointment;
import org.exsync.sandbox.data.SeedRecurrence;

/**
 * Turns a seeded series into the occurrence rows SuperOffice stores: one per date, at the same
 * local time in the zone the series was planned in; cancelled dates left out, retitled ones with
 * their own title.
 */
final class SeriesExpander {

  private SeriesExpander() {}

  /** One planned occurrence: its original date, start, end and title. */
  record Occurrence(LocalDate date, ZonedDateTime start, ZonedDateTime end, String title) {}

  static RecurrenceRule rule(int id, SeedAppointment series) {
    SeedRecurrence recurrence = series.recurrence();
    return RecurrenceRule.counted(
        id,
        switch (recurrence.frequency()) {
          case DAILY -> RecurrenceRule.Pattern.Daily;
          case WEEKLY -> RecurrenceRule.Pattern.Weekly;
          case MONTHLY -> RecurrenceRule.Pattern.Monthly;
        },
        recurrence.interval(),
        recurrence.daysOfWeek(),
        dates(series));
  }

  static List<Occurrence> occurrences(SeedAppointment series) {
    SeedRecurrence recurrence = series.recurrence();
    List<Occurrence> kept = new ArrayList<>();
    for (LocalDate date : dates(series)) {
      if (recurrence.cancelled().contains(date)) {
        continue;
      }
      ZonedDateTime start = series.start().with(date);
      ZonedDateTime end = start.plus(java.time.Duration.between(series.start(), series.end()));
      kept.add(
          new Occurrence(
              date, start, end, recurrence.retitled().getOrDefault(date, series.title())));
    }
    return kept;
  }

  private static List<LocalDate> dates(SeedAppointment series) {
    SeedRecurrence recurrence = series.recurrence();
    LocalDate first = series.start().toLocalDate();
    List<LocalDate> dates = new ArrayList<>(recurrence.occurrences());
    for (int n = 0; n < recurrence.occurrences(); n++) {
      long step = (long) n * recurrence.interval();
      dates.add(
          switch (recurrence.frequency()) {
            case DAILY -> first.plusDays(step);
            case WEEKLY -> first.plusWeeks(step);
            case MONTHLY -> first.plusMonths(step);
          });
    }
    return dates;
  }
}
