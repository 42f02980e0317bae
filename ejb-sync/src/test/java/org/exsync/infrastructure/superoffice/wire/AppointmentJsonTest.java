package org.exsync.infrastructure.superoffice.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AppointmentJsonTest {

  @Test
  void allDayRowFromTokyosMidnight_isTheNextDayInOslo() {
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 8, 7, 17, 0)))
        .isEqualTo(LocalDate.of(2026, 8, 8));
  }

  @Test
  void allDayRowFromNewYorksOrLondonsMidnight_isThatDayInOslo() {
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 6, 10, 6, 0)))
        .isEqualTo(LocalDate.of(2026, 6, 10));
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 2, 5, 1, 0)))
        .isEqualTo(LocalDate.of(2026, 2, 5));
  }

  @Test
  void allDayEndInsideTheLastDay_isTheMidnightAfterIt() {
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 6, 12, 23, 59)))
        .isEqualTo(LocalDate.of(2026, 6, 13));
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 6, 13, 0, 0)))
        .isEqualTo(LocalDate.of(2026, 6, 13));
  }

  private static jakarta.json.JsonObject entity(boolean allDay, String city) {
    return jakarta.json.Json.createObjectBuilder()
        .add("AppointmentId", 7)
        .add("Title", "Standup")
        .add("StartDate", allDay ? "2026-03-09T00:00:00" : "2026-03-09T14:00:00")
        .add("EndDate", allDay ? "2026-03-10T00:00:00" : "2026-03-09T14:30:00")
        .add("IsAlldayEvent", allDay)
        .add("PreferredTZLocation", 4)
        .add(
            "PreferredTZLocationData",
            jakarta.json.Json.createObjectBuilder()
                .add("TZLocationID", 4)
                .add("TZLocationCode", "US-NY")
                .add("TZLocationCities", city))
        .build();
  }

  @Test
  void timedAppointment_carriesTheZoneItWasPlannedIn_atTheInstantOfItsBaseWallTime() {
    java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");

    var item = AppointmentJson.read(entity(false, "New York"), oslo, null);

    assertThat(item.zone()).isEqualTo(java.time.ZoneId.of("America/New_York"));
    assertThat(item.start()).isEqualTo(java.time.Instant.parse("2026-03-09T13:00:00Z"));
  }

  @Test
  void meetingEndingInTheHourTheClocksGoBack_isStoredEndingBeforeItStarts_andReadAsItWas() {
    java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
    jakarta.json.JsonObject crossing =
        jakarta.json.Json.createObjectBuilder(entity(false, "Oslo"))
            .add("StartDate", "2027-10-31T02:30:00")
            .add("EndDate", "2027-10-31T02:00:00")
            .build();
    jakarta.json.JsonObject inside =
        jakarta.json.Json.createObjectBuilder(entity(false, "Oslo"))
            .add("StartDate", "2027-10-31T02:00:00")
            .add("EndDate", "2027-10-31T02:45:00")
            .build();

    var item = AppointmentJson.read(crossing, oslo, null);
    var early = AppointmentJson.read(inside, oslo, null);

    assertThat(item.start()).isEqualTo(java.time.Instant.parse("2027-10-31T00:30:00Z"));
    assertThat(item.end()).isEqualTo(java.time.Instant.parse("2027-10-31T01:00:00Z"));
    assertThat(early.start()).isEqualTo(java.time.Instant.parse("2027-10-31T00:00:00Z"));
    assertThat(early.end()).isEqualTo(java.time.Instant.parse("2027-10-31T00:45:00Z"));
    assertThat(AppointmentJson.write(item, 7, oslo).build().getString("EndDate"))
        .isEqualTo("2027-10-31T02:00:00");
  }

  @Test
  void allDayAppointment_andALocationNoZoneMatches_stayInTheBaseZone() {
    java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");

    assertThat(AppointmentJson.read(entity(true, "New York"), oslo, null).zone()).isEqualTo(oslo);
    assertThat(AppointmentJson.read(entity(false, "Atlantis"), oslo, null).zone()).isEqualTo(oslo);
  }

  private static jakarta.json.JsonObject row(int id, int motherId, String bookingType) {
    return jakarta.json.Json.createObjectBuilder()
        .add("AppointmentId", id)
        .add("MotherId", motherId)
        .add("BookingType", bookingType)
        .build();
  }

  @Test
  void rowThatIsItsOwnMother_isABookingTheAssociateOrganizes() {
    assertThat(AppointmentJson.booking(row(12, 12, "Owner")))
        .isEqualTo(org.exsync.engine.item.CrmBooking.ORGANIZER);
  }

  @Test
  void rowWithAnotherMother_isAnInvitationToSomeoneElsesBooking() {
    assertThat(AppointmentJson.booking(row(13, 12, "Participant")))
        .isEqualTo(org.exsync.engine.item.CrmBooking.PARTICIPANT);
  }

  @Test
  void rowWithoutAMother_isNoBooking_unlessItsBookingTypeSaysSo() {
    assertThat(AppointmentJson.booking(row(14, 0, "None")))
        .isEqualTo(org.exsync.engine.item.CrmBooking.NONE);
    assertThat(AppointmentJson.booking(row(15, 0, "Owner")))
        .isEqualTo(org.exsync.engine.item.CrmBooking.ORGANIZER);
  }
}
