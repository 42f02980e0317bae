package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.AppointmentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppointmentEndpointTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void getById_returnsTheEntityWithDiaryTimesInTheBaseZoneWithoutOffset() {
    Appointment stored = tenant.simulator.store().appointments().get(1).orElseThrow();

    SoClient.Reply reply = tenant.client.get(tenant.api + "/Appointment/1");

    assertThat(reply.status()).isEqualTo(200);
    JsonObject json = reply.json();
    assertThat(json.getInt("AppointmentId")).isEqualTo(1);
    assertThat(json.getString("Title")).isEqualTo(stored.title());
    assertThat(json.getString("StartDate")).isEqualTo(WireDates.format(stored.start(), OSLO));
    assertThat(json.getString("UpdatedDate")).isEqualTo("2026-03-02T08:00:00");
    assertThat(json.getString("Type")).isEqualTo("inDiary");
  }

  @Test
  void getUnknownId_is404WithSuperOfficeErrorBody() {
    SoClient.Reply reply = tenant.client.get(tenant.api + "/Appointment/999999");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().getString("Error")).contains("999999");
    assertThat(reply.json().getString("ErrorType")).isEqualTo("NotFound");
  }

  @Test
  void post_readsTimesWithoutOffsetInTheBaseZone_andStampsTheCreator() {
    String body =
        """
        {"Title": "Kvartalsmøte", "StartDate": "2026-03-10T09:00:00", "EndDate": "2026-03-10T10:00:00",
         "Type": "inDiary", "Associate": {"AssociateId": %d}}"""
            .formatted(tenant.user(1).associateId());

    SoClient.Reply reply = tenant.client.send("POST", tenant.api + "/Appointment", body);

    assertThat(reply.status()).isEqualTo(200);
    int id = reply.json().getInt("AppointmentId");
    Appointment stored = tenant.simulator.store().appointments().get(id).orElseThrow();
    assertThat(stored.start()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
    assertThat(stored.associateId()).isEqualTo(tenant.user(1).associateId());
    assertThat(stored.stamp().createdBy()).isEqualTo(tenant.user(0).associateId());
  }

  @Test
  void soTimeZoneHeader_showsAndReadsDiaryTimesInThatZone() {
    Appointment stored = tenant.simulator.store().appointments().get(1).orElseThrow();

    SoClient.Reply utc = tenant.client.get(tenant.api + "/Appointment/1", "SO-TimeZone", "UTC");
    SoClient.Reply put =
        tenant.client.send(
            "PUT",
            tenant.api + "/Appointment/1",
            "{\"StartDate\": \"2026-03-20T07:00:00\", \"EndDate\": \"2026-03-20T08:00:00\"}",
            "SO-TimeZone",
            "America/New_York");

    assertThat(utc.json().getString("StartDate"))
        .isEqualTo(WireDates.format(stored.start(), ZoneId.of("UTC")));
    assertThat(put.json().getString("StartDate")).isEqualTo("2026-03-20T07:00:00");
    assertThat(tenant.simulator.store().appointments().get(1).orElseThrow().start())
        .isEqualTo(Instant.parse("2026-03-20T11:00:00Z"));
  }

  @Test
  void put_movesUpdatedDateAndUpdatedBy() {
    tenant.simulator.clock().advance(Duration.ofMinutes(90));

    SoClient.Reply reply =
        tenant.client.send("PUT", tenant.api + "/Appointment/2", "{\"Title\": \"Ny tittel\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("Title")).isEqualTo("Ny tittel");
    assertThat(reply.json().getString("UpdatedDate")).isEqualTo("2026-03-02T09:30:00");
    assertThat(reply.json().getJsonObject("UpdatedBy").getInt("AssociateId"))
        .isEqualTo(tenant.user(0).associateId());
  }

  @Test
  void patchWithJsonPatch_changesOnlyThePatchedProperty() {
    Appointment before = tenant.simulator.store().appointments().get(3).orElseThrow();

    SoClient.Reply reply =
        tenant.client.send(
            "PATCH",
            tenant.api + "/Appointment/3",
            "[{\"op\": \"replace\", \"path\": \"/Location\", \"value\": {\"Room\": \"ignored\"}},"
                + "{\"op\": \"replace\", \"path\": \"/IsFree\", \"value\": true}]",
            "Content-Type",
            "application/json-patch+json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(tenant.simulator.store().appointments().get(3).orElseThrow()).isEqualTo(before);
    SoClient.Reply ok =
        tenant.client.send(
            "PATCH",
            tenant.api + "/Appointment/3",
            "[{\"op\": \"replace\", \"path\": \"/IsFree\", \"value\": true}]",
            "Content-Type",
            "application/json-patch+json");
    assertThat(ok.status()).isEqualTo(200);
    Appointment after = tenant.simulator.store().appointments().get(3).orElseThrow();
    assertThat(after.free()).isTrue();
    assertThat(after.title()).isEqualTo(before.title());
    assertThat(after.start()).isEqualTo(before.start());
  }

  @Test
  void patchWhoseTestOperationFails_isRefusedWith409() {
    SoClient.Reply reply =
        tenant.client.send(
            "PATCH",
            tenant.api + "/Appointment/3",
            "[{\"op\": \"test\", \"path\": \"/IsFree\", \"value\": {\"not\": \"this\"}}]",
            "Content-Type",
            "application/json-patch+json");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("ErrorType")).isEqualTo("Conflict");
  }

  @Test
  void delete_removesTheRow_andLaterReadsAre404() {
    SoClient.Reply deleted = tenant.client.send("DELETE", tenant.api + "/Appointment/4", null);
    SoClient.Reply read = tenant.client.get(tenant.api + "/Appointment/4");

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(read.status()).isEqualTo(404);
    assertThat(tenant.simulator.store().appointments().get(4)).isEmpty();
  }

  @Test
  void privateAppointments_arePrivateUserAndVisibleOnlyForTheirAssociate() {
    Appointment secret =
        tenant.simulator.store().appointments().all().stream()
            .filter(Appointment::isPrivate)
            .findFirst()
            .orElseThrow();

    JsonObject json = tenant.client.get(tenant.api + "/Appointment/" + secret.id()).json();

    assertThat(json.getString("Private")).isEqualTo("PrivateUser");
    JsonObject visibleFor = json.getJsonArray("VisibleFor").getJsonObject(0);
    assertThat(visibleFor.getString("Visibility")).isEqualTo("Associate");
    assertThat(visibleFor.getInt("VisibleId")).isEqualTo(secret.associateId());
  }

  @Test
  void seriesAreStoredAsOneRowPerOccurrence_withoutCancelledOnes_andRetitledOnesKeepTheirTitle() {
    List<Appointment> rows = tenant.simulator.store().appointments().all().stream().toList();
    Appointment first = rows.stream().filter(a -> a.recurrence() != null).findFirst().orElseThrow();
    List<Appointment> series =
        rows.stream().filter(a -> a.recurrenceRuleId() == first.recurrenceRuleId()).toList();

    assertThat(series).hasSize(first.recurrence().count() - 1);
    assertThat(series).extracting(Appointment::title).contains("Flyttet: statusmøte");
    JsonObject json = tenant.client.get(tenant.api + "/Appointment/" + first.id()).json();
    assertThat(json.getJsonObject("Recurrence").getInt("RecurrenceId"))
        .isEqualTo(first.recurrenceRuleId());
    assertThat(json.getJsonObject("Recurrence").getBoolean("IsRecurrence")).isTrue();
  }

  @Test
  void tasksAreChecklistAppointmentsWithTheirCompletedStatus() {
    Appointment task =
        tenant.simulator.store().appointments().all().stream()
            .filter(a -> a.type() == AppointmentType.inChecklist)
            .findFirst()
            .orElseThrow();

    JsonObject json = tenant.client.get(tenant.api + "/Appointment/" + task.id()).json();

    assertThat(json.getString("Type")).isEqualTo("inChecklist");
    assertThat(json.getString("Completed")).isEqualTo(task.completion().name());
    assertThat(json.getJsonObject("Task").getString("Type")).isEqualTo("ToDo");
  }
}
