package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.OSLO;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final CrmScope diary = CrmScope.diary(so.user(4).associateId(), YEAR);

  @AfterEach
  void close() {
    so.close();
  }

  private static AppointmentItem allDay(LocalDate first, LocalDate afterLast, ZoneId zone) {
    return new AppointmentItem(
        "Messe",
        "",
        "Lillestrøm",
        first.atStartOfDay(zone).toInstant(),
        afterLast.atStartOfDay(zone).toInstant(),
        zone,
        true,
        ShowAs.FREE,
        false,
        null,
        List.of(),
        "",
        List.of(),
        null);
  }

  private static AppointmentItem timed(LocalDateTime start, ZoneId zone, int minutes) {
    return new AppointmentItem(
        "Call",
        "",
        "",
        start.atZone(zone).toInstant(),
        start.plusMinutes(minutes).atZone(zone).toInstant(),
        zone,
        false,
        ShowAs.BUSY,
        false,
        null,
        List.of(),
        "",
        List.of(),
        null);
  }

  private SourceItem roundTrip(AppointmentItem item) {
    WriteReceipt receipt = done(done(so.gateway.create(diary, List.of(item))).get(0));
    return done(done(so.gateway.read(ItemKind.DIARY, List.of(receipt.id()))).get(0));
  }

  private Appointment stored(SourceItem item) {
    return so.simulator.store().appointments().get(Integer.parseInt(item.id())).orElseThrow();
  }

  @Test
  void baseZone_isReadFromTimeZoneBase_unlessTheSettingsStateOne() {
    assertThat(done(so.gateway.baseZone())).isEqualTo(OSLO);
    so.simulator.store().baseZone(ZoneId.of("Asia/Tokyo"));
    try (SuperOfficeWebApiGateway told =
            new SuperOfficeWebApiGateway(
                so.onSite(so.user(0)).withBaseZone(ZoneId.of("Europe/London")));
        SuperOfficeWebApiGateway asked = new SuperOfficeWebApiGateway(so.onSite(so.user(0)))) {
      assertThat(done(told.baseZone())).isEqualTo(ZoneId.of("Europe/London"));
      assertThat(done(asked.baseZone())).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }
  }

  @Test
  void aBaseZoneNoIanaZoneMatches_isNotGuessed() {
    var unknown =
        Directory.zoneOf(
            jakarta.json.Json.createObjectBuilder()
                .add("Name", "Atlantis")
                .add("TZLocationCode", "AT-LA")
                .add("TZLocationCities", "Poseidonia")
                .build());

    assertThat(unknown.failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(unknown.failure().orElseThrow().reason())
        .contains("Atlantis", "state the base zone");
  }

  @Test
  void allDayAcrossTheSwitchToSummerTime_coversTheSameDates_midnightToMidnightInTheBaseZone() {
    AppointmentItem fair = allDay(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 31), OSLO);

    SourceItem read = roundTrip(fair);

    AppointmentItem back = (AppointmentItem) read.content();
    assertThat(back.startDate()).isEqualTo(LocalDate.of(2026, 3, 28));
    assertThat(back.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(java.time.Duration.between(back.start(), back.end()).toHours()).isEqualTo(71);
    assertThat(read.contentHash()).isEqualTo(fair.contentHash());
    assertThat(stored(read).start()).isEqualTo(Instant.parse("2026-03-27T23:00:00Z"));
    assertThat(stored(read).end()).isEqualTo(Instant.parse("2026-03-30T22:00:00Z"));
  }

  @Test
  void allDayPlannedInTokyo_keepsItsDates_inTheBaseZone() {
    AppointmentItem holiday =
        allDay(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 26), ZoneId.of("Asia/Tokyo"));

    SourceItem read = roundTrip(holiday);

    assertThat(((AppointmentItem) read.content()).zone()).isEqualTo(OSLO);
    assertThat(((AppointmentItem) read.content()).startDate())
        .isEqualTo(LocalDate.of(2026, 10, 24));
    assertThat(read.contentHash()).isEqualTo(holiday.contentHash());
  }

  @Test
  void timedItemsPlannedInSeveralZones_keepTheirInstants_storedAsOsloWallTime() {
    for (ZoneId zone :
        List.of(
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Tokyo"),
            ZoneId.of("Europe/London"),
            ZoneId.of("UTC"))) {
      AppointmentItem call = timed(LocalDateTime.of(2026, 3, 29, 1, 30), zone, 120);

      SourceItem read = roundTrip(call);

      assertThat(((AppointmentItem) read.content()).start())
          .as(zone.getId())
          .isEqualTo(call.start());
      assertThat(((AppointmentItem) read.content()).end()).as(zone.getId()).isEqualTo(call.end());
      assertThat(read.contentHash()).as(zone.getId()).isEqualTo(call.contentHash());
    }
  }

  @Test
  void meetingOverTheNightTheClocksGoBack_keepsItsLength() {
    AppointmentItem night = timed(LocalDateTime.of(2026, 10, 24, 23, 0), ZoneId.of("UTC"), 60);

    SourceItem read = roundTrip(night);

    assertThat(read.contentHash()).isEqualTo(night.contentHash());
  }
}
