package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.OSLO;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.WriteReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every recurrence pattern the canonical model has survives SuperOffice and comes back equal. */
class RecurrencePatternsTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final CrmScope diary = CrmScope.diary(so.user(5).associateId(), YEAR);

  @AfterEach
  void close() {
    so.close();
  }

  private static AppointmentItem series(Recurrence rule, boolean allDay) {
    LocalDate first = rule.firstDate();
    return new AppointmentItem(
        "Gjentakende " + rule.pattern(),
        "",
        "",
        allDay
            ? first.atStartOfDay(OSLO).toInstant()
            : first.atTime(14, 0).atZone(OSLO).toInstant(),
        allDay
            ? first.plusDays(1).atStartOfDay(OSLO).toInstant()
            : first.atTime(15, 0).atZone(OSLO).toInstant(),
        OSLO,
        allDay,
        ShowAs.BUSY,
        false,
        null,
        List.of(),
        "",
        List.of(),
        rule);
  }

  private static Recurrence rule(
      Recurrence.Pattern pattern,
      int interval,
      Set<DayOfWeek> days,
      int day,
      Recurrence.WeekOfMonth week,
      Month month,
      LocalDate first,
      Integer count) {
    return new Recurrence(
        pattern,
        interval,
        days,
        day,
        week,
        month,
        first,
        count == null ? first.plusMonths(11) : null,
        count,
        List.of(),
        null);
  }

  private SourceItem roundTrip(AppointmentItem item) {
    WriteReceipt receipt = done(done(so.gateway.create(diary, List.of(item))).get(0));
    return done(done(so.gateway.read(ItemKind.DIARY, List.of(receipt.id()))).get(0));
  }

  @Test
  void everyPattern_readsBackWithTheSameContentHash() {
    LocalDate monday = LocalDate.of(2026, 2, 2);
    List<Recurrence> rules =
        List.of(
            rule(Recurrence.Pattern.DAILY, 2, Set.of(), 0, null, null, monday, 10),
            rule(
                Recurrence.Pattern.WEEKLY,
                1,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                0,
                null,
                null,
                monday,
                9),
            rule(
                Recurrence.Pattern.WEEKLY,
                2,
                Set.of(DayOfWeek.MONDAY),
                0,
                null,
                null,
                monday,
                null),
            rule(
                Recurrence.Pattern.MONTHLY_BY_DAY_OF_MONTH,
                1,
                Set.of(),
                31,
                null,
                null,
                LocalDate.of(2026, 1, 31),
                6),
            rule(
                Recurrence.Pattern.MONTHLY_BY_WEEKDAY,
                1,
                Set.of(DayOfWeek.FRIDAY),
                0,
                Recurrence.WeekOfMonth.LAST,
                null,
                LocalDate.of(2026, 1, 30),
                5),
            rule(
                Recurrence.Pattern.YEARLY_BY_DATE,
                1,
                Set.of(),
                17,
                null,
                Month.MAY,
                LocalDate.of(2026, 5, 17),
                3),
            rule(
                Recurrence.Pattern.YEARLY_BY_WEEKDAY,
                1,
                Set.of(DayOfWeek.THURSDAY),
                0,
                Recurrence.WeekOfMonth.FOURTH,
                Month.NOVEMBER,
                LocalDate.of(2026, 11, 26),
                2));

    for (Recurrence rule : rules) {
      AppointmentItem item = series(rule, rule.pattern() == Recurrence.Pattern.YEARLY_BY_DATE);

      SourceItem read = roundTrip(item);

      assertThat(((AppointmentItem) read.content()).recurrence())
          .as(rule.pattern().name())
          .isEqualTo(rule);
      assertThat(read.contentHash()).as(rule.pattern().name()).isEqualTo(item.contentHash());
    }
  }

  @Test
  void seriesSuperOfficeCannotHold_areRejectedWithTheReason() {
    LocalDate first = LocalDate.of(2026, 2, 2);
    Recurrence endless =
        new Recurrence(
            Recurrence.Pattern.DAILY,
            1,
            Set.of(),
            0,
            null,
            null,
            first,
            null,
            null,
            List.of(),
            null);
    Recurrence everyOtherYear =
        rule(Recurrence.Pattern.YEARLY_BY_DATE, 2, Set.of(), 2, null, Month.FEBRUARY, first, 3);

    var results =
        done(
            so.gateway.create(
                diary, List.of(series(endless, false), series(everyOtherYear, false))));

    assertThat(results.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(results.get(0).failure().orElseThrow().reason()).contains("never ends");
    assertThat(results.get(1).failure().orElseThrow().reason()).contains("every year");
  }

  @Test
  void contactWithMiddleNameAndHomePhone_readsBackTheSame() {
    ContactItem contact =
        new ContactItem(
            "Anne",
            "Marie",
            "Holm",
            "",
            "",
            List.of("anne@example.no"),
            Map.of(
                ContactItem.PhoneKind.HOME,
                "+47 22 00 00 00",
                ContactItem.PhoneKind.MOBILE,
                "+47 400 00 000"),
            Map.of());

    WriteReceipt created =
        done(
            done(so.gateway.create(
                    CrmScope.ownContacts(so.user(5).associateId()), List.of(contact)))
                .get(0));
    SourceItem read = done(done(so.gateway.read(ItemKind.CONTACT, List.of(created.id()))).get(0));

    assertThat(read.contentHash()).isEqualTo(contact.contentHash());
  }
}
