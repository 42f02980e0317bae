package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.List;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/Agents/Appointment/GetAppointmentList}, checked against the Agents file. */
class AppointmentListAgentTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  private String path() {
    return tenant.api + "/Agents/Appointment/GetAppointmentList";
  }

  @Test
  void manyIds_comeBackInOneCall_asAppointmentCarriersWithTheFieldsOfTheEntity() {
    Appointment first = tenant.simulator.store().appointments().get(1).orElseThrow();
    Appointment second = tenant.simulator.store().appointments().get(2).orElseThrow();
    long before = tenant.simulator.counters().snapshot().getOrDefault("requests", 0L);

    SoClient.Reply reply = tenant.client.send("POST", path(), "[2, 1]");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(tenant.simulator.counters().snapshot().get("requests") - before).isEqualTo(1);
    JsonArray carriers = reply.jsonValue().asJsonArray();
    assertThat(carriers).hasSize(2);
    JsonObject one = carriers.getJsonObject(1);
    assertThat(carriers.getJsonObject(0).getInt("AppointmentId")).isEqualTo(2);
    assertThat(one.getInt("AppointmentId")).isEqualTo(1);
    assertThat(one.getString("Title")).isEqualTo(first.title());
    assertThat(one.getString("Description")).isEqualTo(first.description());
    assertThat(one.getString("Location")).isEqualTo(first.location());
    assertThat(one.getString("StartDate")).isEqualTo(WireDates.format(first.start(), OSLO));
    assertThat(one.getString("EndDate")).isEqualTo(WireDates.format(first.end(), OSLO));
    assertThat(one.getBoolean("IsAlldayEvent")).isEqualTo(first.allDay());
    assertThat(one.getBoolean("IsFree")).isEqualTo(first.free());
    assertThat(one.getString("Private")).isEqualTo(first.isPrivate() ? "PrivateUser" : "Public");
    assertThat(one.getBoolean("HasAlarm")).isEqualTo(first.alarmMinutes() != null);
    assertThat(one.getString("Type")).isEqualTo(first.type().name());
    assertThat(one.getInt("AssociateId")).isEqualTo(first.associateId());
    assertThat(one.getBoolean("IsRecurrence")).isEqualTo(first.recurrence() != null);
    assertThat(one.getString("CreatedDate")).isEqualTo("2026-03-02T08:00:00");
    assertThat(one.containsKey("UpdatedDate")).as("the carrier has no change time").isFalse();
    assertThat(carriers.getJsonObject(0).getString("Title")).isEqualTo(second.title());
  }

  @Test
  void aBookingPlannedInNewYork_carriesTheZoneAndTheBookingAsTheEntityDoes() {
    String body =
        """
        {"Title": "Prosjektmøte", "StartDate": "2026-03-10T15:00:00",
         "EndDate": "2026-03-10T16:00:00", "PreferredTZLocation": 4,
         "Participants": [{"AssociateId": %d}]}"""
            .formatted(tenant.user(1).associateId());
    int mother =
        tenant
            .client
            .send("POST", tenant.api + "/Appointment", body)
            .json()
            .getInt("AppointmentId");
    int invitation =
        tenant.simulator.store().appointments().all().stream()
            .filter(a -> a.booking() != null && a.id() != mother)
            .findFirst()
            .orElseThrow()
            .id();

    JsonArray carriers =
        tenant
            .client
            .send("POST", path(), "[%d, %d]".formatted(mother, invitation))
            .jsonValue()
            .asJsonArray();

    for (int k = 0; k < 2; k++) {
      JsonObject carrier = carriers.getJsonObject(k);
      int id = carrier.getInt("AppointmentId");
      JsonObject entity = tenant.client.get(tenant.api + "/Appointment/" + id).json();
      for (String field :
          List.of(
              "PreferredTZLocation",
              "MotherId",
              "BookingType",
              "InvitationStatus",
              "StartDate",
              "EndDate",
              "Type")) {
        assertThat(carrier.get(field)).as("%s of %d", field, id).isEqualTo(entity.get(field));
      }
      assertThat(carrier.getInt("MotherAssociateId"))
          .isEqualTo(entity.getJsonObject("MotherAssociate").getInt("AssociateId"));
      assertThat(carrier.getBoolean("IsBooking")).isTrue();
      assertThat(carrier.getBoolean("IsBookingMain")).isEqualTo(id == mother);
      assertThat(carrier.containsKey("PreferredTZLocationData"))
          .as("the carrier names the location only")
          .isFalse();
    }
    assertThat(carriers.getJsonObject(0).getInt("PreferredTZLocation")).isEqualTo(4);
  }

  @Test
  void unknownIds_areLeftOut() {
    SoClient.Reply reply = tenant.client.send("POST", path(), "[999999, 1]");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.jsonValue().asJsonArray())
        .extracting(v -> v.asJsonObject().getInt("AppointmentId"))
        .containsExactly(1);
  }

  @Test
  void aBodyThatIsNoArrayOfIds_is400() {
    SoClient.Reply reply = tenant.client.sendUnchecked("POST", path(), "{\"AppointmentIds\": [1]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("Error")).contains("array of appointment ids");
  }

  @Test
  void anotherAgentMethod_is404() {
    SoClient.Reply reply =
        tenant.client.sendUnchecked("POST", tenant.api + "/Agents/Appointment/GetAppointment", "1");

    assertThat(reply.status()).isEqualTo(404);
  }
}
