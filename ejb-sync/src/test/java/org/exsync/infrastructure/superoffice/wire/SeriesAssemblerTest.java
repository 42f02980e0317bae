package org.exsync.infrastructure.superoffice.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;
import org.junit.jupiter.api.Test;

class SeriesAssemblerTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Recurrence DAILY_FIVE = daily(LocalDate.of(2026, 6, 1), 5);

  private static OccurrenceRow row(int id, LocalDateTime start, String title) {
    return new OccurrenceRow(
        id, start, start.plusHours(1), title, "Rom 2", Instant.parse("2026-05-01T10:00:00Z"));
  }

  private static OccurrenceRow row(int id, LocalDateTime start, LocalDateTime end, String title) {
    return new OccurrenceRow(id, start, end, title, "", Instant.parse("2026-05-01T10:00:00Z"));
  }

  private static AppointmentItem master() {
    Instant start = Instant.parse("2026-06-01T07:00:00Z");
    return new AppointmentItem(
        "x",
        "Tekst",
        "",
        start,
        start.plusSeconds(3600),
        OSLO,
        false,
        ShowAs.BUSY,
        true,
        5,
        List.of(),
        "",
        List.of(),
        null);
  }

  @Test
  void rowMovedToADayWithoutItsOwnDate_standsForTheNearestFreePlannedDate() {
    List<LocalDate> planned = PatternDates.of(DAILY_FIVE);
    List<OccurrenceRow> rows =
        List.of(
            row(1, LocalDateTime.of(2026, 6, 1, 9, 0), "Kurs"),
            row(2, LocalDateTime.of(2026, 6, 2, 9, 0), "Kurs"),
            row(4, LocalDateTime.of(2026, 6, 8, 9, 0), "Kurs"),
            row(5, LocalDateTime.of(2026, 6, 5, 9, 0), "Kurs"));

    Map<LocalDate, OccurrenceRow> byDate = SeriesAssembler.byPlannedDate(planned, rows);

    assertThat(byDate)
        .containsOnlyKeys(
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 6, 2),
            LocalDate.of(2026, 6, 4),
            LocalDate.of(2026, 6, 5));
    assertThat(byDate.get(LocalDate.of(2026, 6, 4)).id()).isEqualTo(4);
  }

  @Test
  void seriesTakesTheTimeAndTitleMostRowsHave_andTheOthersAreItsExceptions() {
    List<OccurrenceRow> rows =
        List.of(
            row(1, LocalDateTime.of(2026, 6, 1, 9, 0), "Kurs"),
            row(2, LocalDateTime.of(2026, 6, 2, 9, 0), "Kurs"),
            row(3, LocalDateTime.of(2026, 6, 3, 13, 0), "Kurs (flyttet)"),
            row(5, LocalDateTime.of(2026, 6, 5, 9, 0), "Kurs"));

    AppointmentItem series = SeriesAssembler.assemble(master(), DAILY_FIVE, rows, OSLO);

    assertThat(series.subject()).isEqualTo("Kurs");
    assertThat(series.start())
        .isEqualTo(LocalDateTime.of(2026, 6, 1, 9, 0).atZone(OSLO).toInstant());
    assertThat(series.body()).isEqualTo("Tekst");
    assertThat(series.recurrence().deleted()).containsExactly(LocalDate.of(2026, 6, 4));
    assertThat(series.recurrence().modified())
        .extracting(Occurrence::originalDate, Occurrence::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 3), "Kurs (flyttet)"));
  }

  @Test
  void weeklyPatternOnSeveralDays_plansEachDayOfEachWeek_untilTheCount() {
    Recurrence rule =
        new Recurrence(
            Recurrence.Pattern.WEEKLY,
            2,
            Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            0,
            null,
            null,
            LocalDate.of(2026, 6, 4),
            null,
            4,
            List.of(),
            null);

    assertThat(PatternDates.of(rule))
        .containsExactly(
            LocalDate.of(2026, 6, 4),
            LocalDate.of(2026, 6, 16),
            LocalDate.of(2026, 6, 18),
            LocalDate.of(2026, 6, 30));
  }

  @Test
  void seriesPlannedInTokyo_acrossOslosClockChange_startsAtItsFirstRow_whichIsNoException() {
    // 15:30 in Tokyo every day from 27 March: 07:30 in Oslo before 29 March, 08:30 after.
    Recurrence rule = daily(LocalDate.of(2026, 3, 27), 5);
    List<OccurrenceRow> rows =
        List.of(
            row(1, LocalDateTime.of(2026, 3, 27, 7, 30), "Demo"),
            row(2, LocalDateTime.of(2026, 3, 28, 7, 30), "Demo"),
            row(3, LocalDateTime.of(2026, 3, 29, 8, 30), "Demo"),
            row(4, LocalDateTime.of(2026, 3, 30, 8, 30), "Demo"),
            row(5, LocalDateTime.of(2026, 3, 31, 8, 30), "Demo"));

    AppointmentItem series = SeriesAssembler.assemble(master(), rule, rows, OSLO);

    assertThat(series.start()).isEqualTo(Instant.parse("2026-03-27T06:30:00Z"));
    assertThat(series.end()).isEqualTo(Instant.parse("2026-03-27T07:30:00Z"));
    assertThat(series.recurrence().modified())
        .extracting(Occurrence::originalDate)
        .containsExactly(LocalDate.of(2026, 3, 28));
  }

  @Test
  void rowEndingInTheHourOsloGoesBack_endsAtItsLaterInstant_notBeforeItStarts() {
    // Half an hour at 01:30 London time every day from 29 October 2027: 02:30 to 03:00 in Oslo,
    // and on 31 October, when both zones go back at 01:00 UTC, 02:30 summer time to 02:00 winter
    // time, which is how SuperOffice stores it.
    ZoneId london = ZoneId.of("Europe/London");
    Recurrence rule = daily(LocalDate.of(2027, 10, 29), 3);
    List<OccurrenceRow> rows =
        List.of(
            row(
                1,
                LocalDateTime.of(2027, 10, 29, 2, 30),
                LocalDateTime.of(2027, 10, 29, 3, 0),
                "Drift"),
            row(
                2,
                LocalDateTime.of(2027, 10, 30, 2, 30),
                LocalDateTime.of(2027, 10, 30, 3, 0),
                "Drift"),
            row(
                3,
                LocalDateTime.of(2027, 10, 31, 2, 30),
                LocalDateTime.of(2027, 10, 31, 2, 0),
                "Drift"));

    AppointmentItem series = SeriesAssembler.assemble(plannedIn(london), rule, rows, OSLO);

    assertThat(series.start()).isEqualTo(Instant.parse("2027-10-29T00:30:00Z"));
    assertThat(series.recurrence().deleted()).isEmpty();
    // Its wall length is not the series' half hour, so the day is read as an exception, at the
    // instants the occurrence has.
    assertThat(series.recurrence().modified())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.originalDate()).isEqualTo(LocalDate.of(2027, 10, 31));
              assertThat(o.start()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
              assertThat(o.end()).isEqualTo(Instant.parse("2027-10-31T01:00:00Z"));
            });
  }

  @Test
  void firstRowMovedByMoreThanAnHour_leavesTheSeriesAtTheCommonTime() {
    List<OccurrenceRow> rows =
        List.of(
            row(1, LocalDateTime.of(2026, 6, 1, 13, 0), "Standup"),
            row(2, LocalDateTime.of(2026, 6, 2, 9, 0), "Standup"),
            row(3, LocalDateTime.of(2026, 6, 3, 9, 0), "Standup"),
            row(4, LocalDateTime.of(2026, 6, 4, 9, 0), "Standup"),
            row(5, LocalDateTime.of(2026, 6, 5, 9, 0), "Standup"));

    AppointmentItem series = SeriesAssembler.assemble(master(), DAILY_FIVE, rows, OSLO);

    assertThat(series.start()).isEqualTo(Instant.parse("2026-06-01T07:00:00Z"));
    assertThat(series.recurrence().modified())
        .extracting(Occurrence::originalDate)
        .containsExactly(LocalDate.of(2026, 6, 1));
  }

  @Test
  void seriesPlannedInNewYork_readOnNewYorksClock_isTheSeriesExchangeHolds_acrossBothChanges() {
    // 09:00 in New York every Monday from 2 March: 15:00 in Oslo, 14:00 from New York's change on
    // 8 March, 15:00 again from Oslo's on 29 March.
    ZoneId newYork = ZoneId.of("America/New_York");
    Recurrence rule = weeklyOnMondays(LocalDate.of(2026, 3, 2), 6);
    List<OccurrenceRow> rows =
        List.of(
            row(1, LocalDateTime.of(2026, 3, 2, 15, 0), "Standup"),
            row(2, LocalDateTime.of(2026, 3, 9, 14, 0), "Standup"),
            row(3, LocalDateTime.of(2026, 3, 16, 14, 0), "Standup"),
            row(4, LocalDateTime.of(2026, 3, 23, 14, 0), "Standup"),
            row(5, LocalDateTime.of(2026, 3, 30, 15, 0), "Standup"),
            row(6, LocalDateTime.of(2026, 4, 6, 15, 0), "Standup"));

    AppointmentItem series = SeriesAssembler.assemble(plannedIn(newYork), rule, rows, OSLO);
    AppointmentItem inOslo = SeriesAssembler.assemble(master(), rule, rows, OSLO);

    Instant nine = Instant.parse("2026-03-02T14:00:00Z");
    assertThat(series.zone()).isEqualTo(newYork);
    assertThat(series.start()).isEqualTo(nine);
    assertThat(series.recurrence().modified()).isEmpty();
    assertThat(series.recurrence().deleted()).isEmpty();
    assertThat(series.contentHash())
        .isEqualTo(asExchangeHoldsIt(series, newYork, nine, rule).contentHash());
    assertThat(inOslo.recurrence().modified()).hasSize(3);
  }

  @Test
  void seriesPlannedInTokyo_readOnTokyosClock_hasNoExceptions_acrossOslosChange() {
    // 09:00 in Tokyo every Monday from 16 March: 01:00 in Oslo, 02:00 from 29 March.
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    Recurrence rule = weeklyOnMondays(LocalDate.of(2026, 3, 16), 4);
    List<OccurrenceRow> rows =
        List.of(
            row(1, LocalDateTime.of(2026, 3, 16, 1, 0), "Standup"),
            row(2, LocalDateTime.of(2026, 3, 23, 1, 0), "Standup"),
            row(3, LocalDateTime.of(2026, 3, 30, 2, 0), "Standup"),
            row(4, LocalDateTime.of(2026, 4, 6, 2, 0), "Standup"));

    AppointmentItem series = SeriesAssembler.assemble(plannedIn(tokyo), rule, rows, OSLO);

    Instant nine = Instant.parse("2026-03-16T00:00:00Z");
    assertThat(series.zone()).isEqualTo(tokyo);
    assertThat(series.start()).isEqualTo(nine);
    assertThat(series.recurrence().modified()).isEmpty();
    assertThat(series.contentHash())
        .isEqualTo(asExchangeHoldsIt(series, tokyo, nine, rule).contentHash());
  }

  private static Recurrence daily(LocalDate first, int count) {
    return new Recurrence(
        Recurrence.Pattern.DAILY, 1, Set.of(), 0, null, null, first, null, count, List.of(), null);
  }

  private static Recurrence weeklyOnMondays(LocalDate first, int count) {
    return new Recurrence(
        Recurrence.Pattern.WEEKLY,
        1,
        Set.of(DayOfWeek.MONDAY),
        0,
        null,
        null,
        first,
        null,
        count,
        List.of(),
        null);
  }

  /** The master row of a series whose PreferredTZLocation named this zone. */
  private static AppointmentItem plannedIn(ZoneId zone) {
    AppointmentItem oslo = master();
    return new AppointmentItem(
        oslo.subject(),
        oslo.body(),
        oslo.location(),
        oslo.start(),
        oslo.end(),
        zone,
        false,
        oslo.showAs(),
        oslo.isPrivate(),
        oslo.reminderMinutes(),
        List.of(),
        "",
        List.of(),
        null);
  }

  /** One master in the planned zone with the rule and no exceptions, as Exchange holds it. */
  private static AppointmentItem asExchangeHoldsIt(
      AppointmentItem read, ZoneId zone, Instant start, Recurrence rule) {
    return new AppointmentItem(
        read.subject(),
        read.body(),
        "Rom 2",
        start,
        start.plusSeconds(3600),
        zone,
        false,
        read.showAs(),
        read.isPrivate(),
        read.reminderMinutes(),
        List.of(),
        "",
        List.of(),
        rule);
  }
}
