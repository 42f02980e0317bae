package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.WriteReceipt;
import org.junit.jupiter.api.Test;

class TimeZoneTest extends OneMailboxTest {

  TimeZoneTest() {
    super(2, EwsOptions.DEFAULTS);
  }

  private final FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();

  @Test
  void allDayEventAcrossTheSpringDstChange_keepsItsDatesAndZone() {
    AppointmentItem fair =
        Items.allDay(Items.OSLO, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 31));

    AppointmentItem back = roundTrip(fair);

    assertThat(back.startDate()).isEqualTo(LocalDate.of(2026, 3, 28));
    assertThat(back.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(back.zone()).isEqualTo(Items.OSLO);
    assertThat(back.contentHash()).isEqualTo(fair.contentHash());
  }

  @Test
  void allDayEventsInZonesOnBothSidesOfUtc_keepTheirDatesAcrossTheAutumnChange() {
    for (String zone :
        List.of("America/New_York", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo")) {
      AppointmentItem holiday =
          Items.allDay(ZoneId.of(zone), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 3));

      AppointmentItem back = roundTrip(holiday);

      assertThat(back.zone()).as(zone).isEqualTo(ZoneId.of(zone));
      assertThat(back.startDate()).as(zone).isEqualTo(LocalDate.of(2026, 10, 31));
      assertThat(back.endDate()).as(zone).isEqualTo(LocalDate.of(2026, 11, 3));
      assertThat(back.contentHash()).as(zone).isEqualTo(holiday.contentHash());
    }
  }

  @Test
  void timedAppointmentsInSeveralZones_keepTheirInstantsAndZones() {
    for (String zone :
        List.of("Asia/Kolkata", "Asia/Tokyo", "America/Los_Angeles", "Europe/London", "UTC")) {
      ZoneId id = ZoneId.of(zone);
      AppointmentItem call =
          new AppointmentItem(
              "Samtale " + zone,
              "",
              "",
              Items.at(id, "2026-03-29T01:30"),
              Items.at(id, "2026-03-29T03:30"),
              id,
              false,
              ShowAs.BUSY,
              false,
              null,
              List.of(),
              "",
              List.of(),
              null);

      AppointmentItem back = roundTrip(call);

      assertThat(back.start()).as(zone).isEqualTo(call.start());
      assertThat(back.end()).as(zone).isEqualTo(call.end());
      assertThat(back.zone()).as(zone).isEqualTo(id);
      assertThat(back.contentHash()).as(zone).isEqualTo(call.contentHash());
    }
  }

  @Test
  void aZoneNamedDifferentlyInCldr_isWrittenByItsRulesAndComesBackByItsName() {
    ZoneId kyiv = ZoneId.of("Europe/Kyiv");
    AppointmentItem day = Items.allDay(kyiv, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2));

    WriteReceipt receipt = mailbox.create(calendar, List.of(day)).value().get(0).value();

    assertThat(sandbox.outlook(user).text(receipt.id(), "StartTimeZone")).isPresent();
    assertThat(read(receipt).zone()).isEqualTo(kyiv);
  }

  @Test
  void anAppointmentMovedToAnotherZoneInOutlook_comesBackInThatZone() {
    WriteReceipt receipt =
        mailbox.create(calendar, List.of(Items.meeting("Reise"))).value().get(0).value();
    sandbox.outlook(user).editZone(receipt.id(), "Tokyo Standard Time");

    assertThat(read(receipt).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void anAppointmentMadeInOutlookWithoutExsync_isReadInItsWindowsZone() {
    String id =
        sandbox
            .outlook(user)
            .createAppointment(
                "Fra Outlook",
                Items.at(ZoneId.of("America/Chicago"), "2026-06-01T00:00"),
                Items.at(ZoneId.of("America/Chicago"), "2026-06-02T00:00"),
                true,
                "Central Standard Time");

    AppointmentItem read =
        (AppointmentItem) mailbox.read(calendar, List.of(id)).value().get(0).value().content();

    assertThat(read.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(read.startDate()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(read.allDay()).isTrue();
  }

  private AppointmentItem roundTrip(AppointmentItem item) {
    return read(mailbox.create(calendar, List.of(item)).value().get(0).value());
  }

  private AppointmentItem read(WriteReceipt receipt) {
    return (AppointmentItem)
        mailbox.read(calendar, List.of(receipt.id())).value().get(0).value().content();
  }
}
