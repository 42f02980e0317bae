package org.exsync.infrastructure.exchange.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.engine.item.Recurrence;
import org.junit.jupiter.api.Test;

class SeriesDatesTest {

  private static Recurrence rule(
      Recurrence.Pattern pattern,
      int interval,
      Set<DayOfWeek> days,
      int dayOfMonth,
      Recurrence.WeekOfMonth week,
      Month month,
      LocalDate first,
      Integer count) {
    return new Recurrence(
        pattern,
        interval,
        days,
        dayOfMonth,
        week,
        month,
        first,
        null,
        count,
        List.of(),
        new TreeSet<>());
  }

  @Test
  void weeklyOnTwoDays_countsEveryOccurrenceFromOne() {
    Recurrence tuesdayAndThursday =
        rule(
            Recurrence.Pattern.WEEKLY,
            1,
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            0,
            null,
            null,
            LocalDate.of(2026, 3, 17),
            8);

    assertThat(SeriesDates.indexOf(tuesdayAndThursday, LocalDate.of(2026, 3, 17))).hasValue(1);
    assertThat(SeriesDates.indexOf(tuesdayAndThursday, LocalDate.of(2026, 3, 26))).hasValue(4);
    assertThat(SeriesDates.indexOf(tuesdayAndThursday, LocalDate.of(2026, 4, 9))).hasValue(8);
    assertThat(SeriesDates.indexOf(tuesdayAndThursday, LocalDate.of(2026, 4, 14))).isEmpty();
    assertThat(SeriesDates.indexOf(tuesdayAndThursday, LocalDate.of(2026, 3, 18))).isEmpty();
  }

  @Test
  void everySecondWeek_skipsTheWeeksBetween() {
    Recurrence fortnightly =
        rule(
            Recurrence.Pattern.WEEKLY,
            2,
            EnumSet.of(DayOfWeek.MONDAY),
            0,
            null,
            null,
            LocalDate.of(2026, 3, 2),
            null);

    assertThat(SeriesDates.indexOf(fortnightly, LocalDate.of(2026, 3, 16))).hasValue(2);
    assertThat(SeriesDates.indexOf(fortnightly, LocalDate.of(2026, 3, 9))).isEmpty();
  }

  @Test
  void theThirtyFirstOfEveryMonth_fallsOnTheLastDayOfShorterMonths() {
    Recurrence monthEnd =
        rule(
            Recurrence.Pattern.MONTHLY_BY_DAY_OF_MONTH,
            1,
            Set.of(),
            31,
            null,
            null,
            LocalDate.of(2026, 1, 31),
            null);

    assertThat(SeriesDates.indexOf(monthEnd, LocalDate.of(2026, 2, 28))).hasValue(2);
    assertThat(SeriesDates.indexOf(monthEnd, LocalDate.of(2026, 4, 30))).hasValue(4);
  }

  @Test
  void theLastWeekdayOfTheMonth_andTheFourthThursdayOfNovember() {
    Recurrence lastWeekday =
        rule(
            Recurrence.Pattern.MONTHLY_BY_WEEKDAY,
            1,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            0,
            Recurrence.WeekOfMonth.LAST,
            null,
            LocalDate.of(2026, 1, 1),
            null);
    Recurrence thanksgiving =
        rule(
            Recurrence.Pattern.YEARLY_BY_WEEKDAY,
            1,
            Set.of(DayOfWeek.THURSDAY),
            0,
            Recurrence.WeekOfMonth.FOURTH,
            Month.NOVEMBER,
            LocalDate.of(2026, 1, 1),
            null);

    assertThat(SeriesDates.indexOf(lastWeekday, LocalDate.of(2026, 5, 29))).hasValue(5);
    assertThat(SeriesDates.indexOf(thanksgiving, LocalDate.of(2027, 11, 25))).hasValue(2);
  }

  @Test
  void aSeriesThatEndedBeforeTheDate_hasNoOccurrenceThen() {
    Recurrence daily =
        rule(Recurrence.Pattern.DAILY, 3, Set.of(), 0, null, null, LocalDate.of(2026, 3, 1), 3);

    assertThat(SeriesDates.indexOf(daily, LocalDate.of(2026, 3, 7))).hasValue(3);
    assertThat(SeriesDates.indexOf(daily, LocalDate.of(2026, 3, 10))).isEmpty();
  }
}
