package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A series made through the Web API: one POST with a Recurrence, a row per planned date. */
class SeriesCreationTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  private JsonObject create(String recurrence) {
    String body =
        "{\"Title\": \"Ukemøte\", \"StartDate\": \"2026-03-17T09:00:00\", \"EndDate\":"
            + " \"2026-03-17T09:30:00\", \"Recurrence\": "
            + recurrence
            + "}";
    SoClient.Reply reply = tenant.client.send("POST", tenant.api + "/Appointment", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private List<Appointment> rows(JsonObject first) {
    int rule = first.getJsonObject("Recurrence").getInt("RecurrenceId");
    return tenant.simulator.store().appointments().all().stream()
        .filter(a -> a.recurrenceRuleId() == rule)
        .toList();
  }

  private static List<LocalDate> dates(List<Appointment> rows) {
    return rows.stream()
        .map(
            a ->
                LocalDateTime.ofInstant(a.start(), java.time.ZoneId.of("Europe/Oslo"))
                    .toLocalDate())
        .toList();
  }

  @Test
  void weeklyPatternWithACounter_makesThatManyRows_atTheSameWallTimeAcrossSummerTime() {
    JsonObject first =
        create(
            "{\"IsRecurrence\": true, \"Pattern\": \"Weekly\", \"WeekPattern\": {\"Cycle\": 1,"
                + " \"Weekdays\": \"Tuesday\"}, \"RecurrenceEndType\": \"Counter\","
                + " \"RecurrenceCounter\": 4, \"StartDate\": \"2026-03-17T00:00:00\"}");

    List<Appointment> rows = rows(first);

    assertThat(dates(rows))
        .containsExactly(
            LocalDate.of(2026, 3, 17),
            LocalDate.of(2026, 3, 24),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 4, 7));
    assertThat(rows.get(0).start()).isEqualTo(Instant.parse("2026-03-17T08:00:00Z"));
    assertThat(rows.get(2).start()).isEqualTo(Instant.parse("2026-03-31T07:00:00Z"));
    assertThat(first.getJsonObject("Recurrence").getJsonArray("Dates")).hasSize(4);
    assertThat(first.getJsonObject("Recurrence").getInt("RecurrenceCounter")).isEqualTo(4);
  }

  @Test
  void explicitDates_makeRowsForThoseDatesOnly_andTheRuleKeepsItsCounter() {
    JsonObject first =
        create(
            "{\"IsRecurrence\": true, \"Pattern\": \"Daily\", \"DayPattern\": {\"Pattern\":"
                + " \"EveryCyclicDay\", \"Cycle\": 2}, \"RecurrenceEndType\": \"Counter\","
                + " \"RecurrenceCounter\": 4, \"StartDate\": \"2026-03-17T00:00:00\", \"Dates\":"
                + " [{\"Date\": \"2026-03-17T00:00:00\"}, {\"Date\": \"2026-03-21T00:00:00\"},"
                + " {\"Date\": \"2026-03-23T00:00:00\"}]}");

    assertThat(dates(rows(first)))
        .containsExactly(
            LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 23));
    assertThat(first.getJsonObject("Recurrence").getInt("RecurrenceCounter")).isEqualTo(4);
  }

  @Test
  void monthlyOnTheLastFridayUntilADate_fallsOnEachMonthsLastFriday() {
    JsonObject first =
        create(
            "{\"IsRecurrence\": true, \"Pattern\": \"Monthly\", \"MonthPattern\": {\"Pattern\":"
                + " \"WeekdayOfMonth\", \"Cycle\": 1, \"Weekday\": \"Friday\", \"WeekOfMonth\":"
                + " \"Last\"}, \"RecurrenceEndType\": \"EndDate\", \"StartDate\":"
                + " \"2026-03-17T00:00:00\", \"EndDate\": \"2026-06-30T00:00:00\"}");

    List<LocalDate> dates = dates(rows(first));

    assertThat(dates)
        .containsExactly(
            LocalDate.of(2026, 3, 27),
            LocalDate.of(2026, 4, 24),
            LocalDate.of(2026, 5, 29),
            LocalDate.of(2026, 6, 26));
    assertThat(dates).allMatch(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY);
    assertThat(first.getJsonObject("Recurrence").getString("EndDate"))
        .isEqualTo("2026-06-30T00:00:00");
  }

  @Test
  void seriesPlannedInNewYork_keepsNewYorksWallTime_acrossTheUsClockChange_andSaysItsZone() {
    String body =
        "{\"Title\": \"Standup\", \"StartDate\": \"2026-03-02T15:00:00\", \"EndDate\":"
            + " \"2026-03-02T15:30:00\", \"PreferredTZLocation\": 4, \"Recurrence\":"
            + " {\"IsRecurrence\": true, \"Pattern\": \"Weekly\", \"WeekPattern\": {\"Cycle\": 1,"
            + " \"Weekdays\": \"Monday\"}, \"RecurrenceEndType\": \"Counter\","
            + " \"RecurrenceCounter\": 6, \"StartDate\": \"2026-03-02T00:00:00\"}}";
    SoClient.Reply reply = tenant.client.send("POST", tenant.api + "/Appointment", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonObject first = reply.json();

    List<Appointment> rows = rows(first);

    java.time.ZoneId newYork = java.time.ZoneId.of("America/New_York");
    assertThat(rows).hasSize(6);
    assertThat(rows)
        .allSatisfy(
            row ->
                assertThat(row.start().atZone(newYork).toLocalTime())
                    .isEqualTo(java.time.LocalTime.of(9, 0)));
    assertThat(first.getInt("PreferredTZLocation")).isEqualTo(4);
    assertThat(first.getJsonObject("PreferredTZLocationData").getString("TZLocationCities"))
        .isEqualTo("New York");
    JsonObject second = tenant.client.get(tenant.api + "/Appointment/" + rows.get(1).id()).json();
    assertThat(second.getString("StartDate")).isEqualTo("2026-03-09T14:00:00");
    assertThat(second.getInt("PreferredTZLocation")).isEqualTo(4);
  }

  @Test
  void anUnknownPreferredTimeZoneLocation_isA400_thatNamesIt() {
    SoClient.Reply reply =
        tenant.client.send(
            "POST",
            tenant.api + "/Appointment",
            "{\"Title\": \"x\", \"StartDate\": \"2026-03-02T15:00:00\", \"EndDate\":"
                + " \"2026-03-02T15:30:00\", \"PreferredTZLocation\": 4711}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("PreferredTZLocation 4711");
  }

  @Test
  void anAppointmentWithoutAPreferredZone_isPlannedInTheCallsZone() {
    JsonObject single =
        tenant
            .client
            .send(
                "POST",
                tenant.api + "/Appointment",
                "{\"Title\": \"x\", \"StartDate\": \"2026-03-02T15:00:00\", \"EndDate\":"
                    + " \"2026-03-02T15:30:00\"}")
            .json();

    assertThat(single.getInt("PreferredTZLocation")).isEqualTo(1);
    assertThat(single.getJsonObject("PreferredTZLocationData").getString("TZLocationCities"))
        .isEqualTo("Oslo");
  }

  @Test
  void aRecurrenceWithoutItsPattern_isA400() {
    SoClient.Reply reply =
        tenant.client.send(
            "POST",
            tenant.api + "/Appointment",
            "{\"Title\": \"x\", \"Recurrence\": {\"IsRecurrence\": true, \"Pattern\": \"Weekly\","
                + " \"RecurrenceEndType\": \"Counter\", \"RecurrenceCounter\": 2}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("WeekPattern");
  }
}
