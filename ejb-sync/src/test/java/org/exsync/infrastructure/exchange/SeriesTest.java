package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.junit.jupiter.api.Test;

class SeriesTest extends OneMailboxTest {

  SeriesTest() {
    super(1, EwsOptions.DEFAULTS);
  }

  private final FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();

  @Test
  void seriesWithAMovedAndACancelledOccurrence_readsBackWithTheSameHash() {
    AppointmentItem standUp = Items.standUp();

    WriteReceipt receipt = mailbox.create(calendar, List.of(standUp)).value().get(0).value();
    AppointmentItem back = read(receipt);

    assertThat(back.recurrence()).usingRecursiveComparison().isEqualTo(standUp.recurrence());
    assertThat(back.contentHash()).isEqualTo(standUp.contentHash());
    assertThat(receipt.version()).isEqualTo(readVersion(receipt));
  }

  @Test
  void newCancellationAndChangedOccurrence_areWrittenWithoutLosingTheEarlierOnes() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.standUp())).value().get(0).value();
    Recurrence before = Items.standUp().recurrence();
    List<Occurrence> changed = new java.util.ArrayList<>(before.modified());
    changed.add(
        new Occurrence(
            LocalDate.of(2026, 4, 2),
            Items.at(Items.OSLO, "2026-04-02T09:00"),
            Items.at(Items.OSLO, "2026-04-02T09:45"),
            "Stand-up med demo",
            "Teams"));
    TreeSet<LocalDate> cancelled = new TreeSet<>(before.deleted());
    cancelled.add(LocalDate.of(2026, 4, 7));
    AppointmentItem wanted = withRule(Items.standUp(), rule(before, changed, cancelled));

    WriteReceipt updated = update(created, wanted);

    assertThat(read(updated).contentHash()).isEqualTo(wanted.contentHash());
  }

  @Test
  void bringingBackACancelledOccurrence_resetsTheSeriesAndKeepsTheOtherExceptions() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.standUp())).value().get(0).value();
    Recurrence before = Items.standUp().recurrence();
    AppointmentItem wanted =
        withRule(Items.standUp(), rule(before, before.modified(), new TreeSet<>()));

    WriteReceipt updated = update(created, wanted);

    AppointmentItem back = read(updated);
    assertThat(back.recurrence().deleted()).isEmpty();
    assertThat(back.recurrence().modified()).hasSize(1);
    assertThat(back.contentHash()).isEqualTo(wanted.contentHash());
  }

  @Test
  void removingTheRule_makesASingleAppointment() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.standUp())).value().get(0).value();
    AppointmentItem single = withRule(Items.standUp(), null);

    WriteReceipt updated = update(created, single);

    assertThat(read(updated).isRecurring()).isFalse();
    assertThat(read(updated).contentHash()).isEqualTo(single.contentHash());
  }

  @Test
  void everyPatternExchangeHolds_roundTripsWithItsRange() {
    List<Recurrence> rules =
        List.of(
            bare(
                Recurrence.Pattern.DAILY,
                3,
                Set.of(),
                0,
                null,
                null,
                LocalDate.of(2026, 5, 1),
                null),
            bare(
                Recurrence.Pattern.WEEKLY,
                2,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                0,
                null,
                null,
                null,
                null),
            bare(Recurrence.Pattern.MONTHLY_BY_DAY_OF_MONTH, 1, Set.of(), 31, null, null, null, 12),
            bare(
                Recurrence.Pattern.MONTHLY_BY_WEEKDAY,
                2,
                Set.of(DayOfWeek.TUESDAY),
                0,
                Recurrence.WeekOfMonth.SECOND,
                null,
                null,
                6),
            bare(
                Recurrence.Pattern.MONTHLY_BY_WEEKDAY,
                1,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                0,
                Recurrence.WeekOfMonth.LAST,
                null,
                null,
                6),
            bare(Recurrence.Pattern.YEARLY_BY_DATE, 1, Set.of(), 29, null, Month.FEBRUARY, null, 5),
            bare(
                Recurrence.Pattern.YEARLY_BY_WEEKDAY,
                1,
                Set.of(DayOfWeek.THURSDAY),
                0,
                Recurrence.WeekOfMonth.FOURTH,
                Month.NOVEMBER,
                LocalDate.of(2031, 12, 31),
                null));
    for (Recurrence rule : rules) {
      AppointmentItem series = withRule(Items.meeting("Serie " + rule.pattern()), rule);

      WriteReceipt receipt = mailbox.create(calendar, List.of(series)).value().get(0).value();

      assertThat(read(receipt).recurrence())
          .as(rule.pattern() + " every " + rule.interval())
          .usingRecursiveComparison()
          .isEqualTo(rule);
      assertThat(read(receipt).contentHash()).isEqualTo(series.contentHash());
    }
  }

  @Test
  void aRuleExchangeCannotHold_isRejectedAndItsNeighbourIsWritten() {
    Recurrence everyOtherYear =
        bare(Recurrence.Pattern.YEARLY_BY_DATE, 2, Set.of(), 1, null, Month.MAY, null, 3);

    ItemResults<WriteReceipt> results =
        mailbox
            .create(
                calendar,
                List.of(withRule(Items.meeting("Jubileum"), everyOtherYear), Items.meeting("Ok")))
            .value();

    assertThat(results.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(results.get(0).failure().orElseThrow().reason()).contains("every 2 years");
    assertThat(results.get(1).isDone()).isTrue();
  }

  @Test
  void anExceptionOnADateTheSeriesDoesNotHave_isRejectedAndLeavesNoSeriesBehind() {
    Recurrence before = Items.standUp().recurrence();
    TreeSet<LocalDate> cancelled = new TreeSet<>(List.of(LocalDate.of(2026, 3, 18)));
    AppointmentItem wrong = withRule(Items.standUp(), rule(before, List.of(), cancelled));

    var result = mailbox.create(calendar, List.of(wrong)).value().get(0);

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(result.failure().orElseThrow().reason()).contains("2026-03-18");
    assertThat(sandbox.outlook(user).itemIds("calendar")).isEmpty();
  }

  private AppointmentItem read(WriteReceipt receipt) {
    return (AppointmentItem)
        mailbox.read(calendar, List.of(receipt.id())).value().get(0).value().content();
  }

  private String readVersion(WriteReceipt receipt) {
    return mailbox.read(calendar, List.of(receipt.id())).value().get(0).value().version();
  }

  private WriteReceipt update(WriteReceipt current, AppointmentItem wanted) {
    return mailbox
        .update(calendar, List.of(new ItemUpdate(current.id(), current.version(), wanted)))
        .value()
        .get(0)
        .value();
  }

  static Recurrence bare(
      Recurrence.Pattern pattern,
      int interval,
      Set<DayOfWeek> days,
      int dayOfMonth,
      Recurrence.WeekOfMonth week,
      Month month,
      LocalDate last,
      Integer count) {
    return new Recurrence(
        pattern,
        interval,
        days,
        dayOfMonth,
        week,
        month,
        LocalDate.of(2026, 3, 10),
        last,
        count,
        List.of(),
        new TreeSet<>());
  }

  private static Recurrence rule(
      Recurrence base, List<Occurrence> modified, TreeSet<LocalDate> deleted) {
    return new Recurrence(
        base.pattern(),
        base.interval(),
        base.daysOfWeek(),
        base.dayOfMonth(),
        base.weekOfMonth(),
        base.month(),
        base.firstDate(),
        base.lastDate(),
        base.count(),
        modified,
        deleted);
  }

  static AppointmentItem withRule(AppointmentItem item, Recurrence rule) {
    return new AppointmentItem(
        item.subject(),
        item.body(),
        item.location(),
        item.start(),
        item.end(),
        item.zone(),
        item.allDay(),
        item.showAs(),
        item.isPrivate(),
        item.reminderMinutes(),
        item.categories(),
        item.organizer(),
        item.attendees(),
        rule);
  }
}
