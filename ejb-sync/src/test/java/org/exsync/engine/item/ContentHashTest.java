package org.exsync.engine.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void sameContent_sameHash_whateverTheCarriedFields() {
    AppointmentItem crm = meeting("Kvartalsmøte — Ærø", "Line 1\nLine 2", List.of(), "");
    AppointmentItem exchange =
        meeting("Kvartalsmøte — Ærø", "Line 1  \r\nLine 2\r\n", List.of("Blue"), "kari@x.example");

    assertThat(exchange.contentHash()).isEqualTo(crm.contentHash()).startsWith("v1:");
  }

  @Test
  void superOfficesBookingMark_isNotHashed_forExchangeCannotHoldIt() {
    AppointmentItem plain = meeting("Board meeting", "", List.of(), "");

    assertThat(plain.withCrmBooking(CrmBooking.ORGANIZER).contentHash())
        .isEqualTo(plain.contentHash());
  }

  @Test
  void changedSubject_changesHash() {
    assertThat(meeting("A", "", List.of(), "").contentHash())
        .isNotEqualTo(meeting("B", "", List.of(), "").contentHash());
  }

  @Test
  void allDayItem_hashesItsDates_soTheZoneOfTheSideDoesNotMatter() {
    AppointmentItem oslo = allDay(OSLO, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));
    AppointmentItem newYork =
        allDay(NEW_YORK, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30));

    assertThat(oslo.start()).isNotEqualTo(newYork.start());
    assertThat(oslo.contentHash()).isEqualTo(newYork.contentHash());
    assertThat(oslo.endDate()).isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void allDayItem_mustStartAtMidnightInItsZone() {
    Instant notMidnight = LocalDate.of(2026, 3, 29).atTime(1, 0).atZone(OSLO).toInstant();
    assertThatThrownBy(
            () ->
                new AppointmentItem(
                    "x",
                    "",
                    "",
                    notMidnight,
                    notMidnight.plusSeconds(86_400),
                    OSLO,
                    true,
                    ShowAs.FREE,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("midnight in Europe/Oslo");
  }

  @Test
  void tentativeAndBusy_hashAlike_freeDiffers() {
    AppointmentItem busy = meeting("A", "", List.of(), "");
    AppointmentItem tentative = withShowAs(busy, ShowAs.TENTATIVE);
    AppointmentItem free = withShowAs(busy, ShowAs.FREE);

    assertThat(tentative.contentHash()).isEqualTo(busy.contentHash());
    assertThat(free.contentHash()).isNotEqualTo(busy.contentHash());
  }

  @Test
  void contactEmails_compareWithoutCase_emptyPhonesAreLeftOut() {
    ContactItem upper =
        new ContactItem(
            "Åse",
            "",
            "Øvrebø",
            "Fjord AS",
            "CTO",
            List.of("Ase@Fjord.example"),
            Map.of(ContactItem.PhoneKind.MOBILE, "+47 900 00 000", ContactItem.PhoneKind.HOME, " "),
            Map.of());
    ContactItem lower =
        new ContactItem(
            "Åse",
            null,
            "Øvrebø",
            "Fjord AS",
            "CTO",
            List.of("ase@fjord.example"),
            Map.of(ContactItem.PhoneKind.MOBILE, "+47 900 00 000"),
            null);

    assertThat(upper.contentHash()).isEqualTo(lower.contentHash());
    assertThat(upper.fullName()).isEqualTo("Åse Øvrebø");
  }

  @Test
  void taskProgress_isWhatIsHashed() {
    TaskItem waiting = task(TaskItem.Status.WAITING, 40);
    TaskItem started = task(TaskItem.Status.IN_PROGRESS, 75);
    TaskItem done = task(TaskItem.Status.COMPLETED, 100);

    assertThat(waiting.contentHash()).isEqualTo(started.contentHash());
    assertThat(done.contentHash()).isNotEqualTo(started.contentHash());
  }

  @Test
  void completedTask_isExactlyHundredPercent() {
    assertThatThrownBy(() -> task(TaskItem.Status.COMPLETED, 90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100 %");
  }

  private static AppointmentItem meeting(
      String subject, String body, List<String> categories, String organizer) {
    Instant start = Instant.parse("2026-10-25T08:00:00Z");
    return new AppointmentItem(
        subject,
        body,
        "Rom 1",
        start,
        start.plusSeconds(3600),
        OSLO,
        false,
        ShowAs.BUSY,
        false,
        15,
        categories,
        organizer,
        List.of(),
        null);
  }

  private static AppointmentItem withShowAs(AppointmentItem a, ShowAs showAs) {
    return new AppointmentItem(
        a.subject(),
        a.body(),
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        showAs,
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence());
  }

  private static AppointmentItem allDay(ZoneId zone, LocalDate first, LocalDate dayAfterLast) {
    return new AppointmentItem(
        "Holiday",
        "",
        "",
        first.atStartOfDay(zone).toInstant(),
        dayAfterLast.atStartOfDay(zone).toInstant(),
        zone,
        true,
        ShowAs.FREE,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  private static TaskItem task(TaskItem.Status status, int percent) {
    Instant due = Instant.parse("2026-11-30T16:00:00Z");
    return new TaskItem(
        "Call back",
        "",
        null,
        due,
        OSLO,
        status,
        percent,
        null,
        TaskItem.Priority.HIGH,
        null,
        false);
  }
}
