package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.AppointmentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bookings as the Web API makes them: an appointment posted with {@code Participants} is the mother
 * appointment in the organiser's diary, and each invited associate gets an invitation row that
 * points at it.
 */
class BookingTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  private JsonObject book(String participants) {
    String body =
        """
        {"Title": "Prosjektmøte", "StartDate": "2026-03-10T09:00:00",
         "EndDate": "2026-03-10T10:00:00", "Participants": [%s]}"""
            .formatted(participants);
    SoClient.Reply reply = tenant.client.send("POST", tenant.api + "/Appointment", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void appointmentWithParticipants_isTheMotherOfABooking_organisedByItsOwner() {
    int organiser = tenant.user(0).associateId();
    int invited = tenant.user(1).associateId();

    JsonObject mother = book("{\"AssociateId\": %d}".formatted(invited));

    int id = mother.getInt("AppointmentId");
    assertThat(mother.getInt("MotherId")).isEqualTo(id);
    assertThat(mother.getString("BookingType")).isEqualTo("Owner");
    assertThat(mother.getJsonObject("MotherAssociate").getInt("AssociateId")).isEqualTo(organiser);
    assertThat(mother.getJsonArray("Participants"))
        .extracting(p -> ((JsonObject) p).getInt("AssociateId"))
        .containsExactly(organiser, invited);
    assertThat(mother.getJsonArray("Participants").getJsonObject(1).getString("InvitationStatus"))
        .isEqualTo("Invitation");
  }

  @Test
  void invitedAssociate_findsAnInvitationThatPointsAtTheOrganisersRow() {
    int organiser = tenant.user(0).associateId();
    int invited = tenant.user(1).associateId();
    int id = book("{\"AssociateId\": %d}".formatted(invited)).getInt("AppointmentId");

    List<Appointment> slaves =
        tenant.simulator.store().appointments().all().stream()
            .filter(a -> a.booking() != null && a.id() != id)
            .toList();
    assertThat(slaves).hasSize(1);
    JsonObject slave = tenant.client.get(tenant.api + "/Appointment/" + slaves.get(0).id()).json();

    assertThat(slaves.get(0).associateId()).isEqualTo(invited);
    assertThat(slaves.get(0).type()).isEqualTo(AppointmentType.BookingForDiary);
    assertThat(slave.getString("Type")).isEqualTo("BookingForDiary");
    assertThat(slave.getInt("MotherId")).isEqualTo(id);
    assertThat(slave.getString("BookingType")).isEqualTo("Participant");
    assertThat(slave.getString("InvitationStatus")).isEqualTo("Invitation");
    assertThat(slave.getJsonObject("MotherAssociate").getInt("AssociateId")).isEqualTo(organiser);
  }

  @Test
  void organiserEditsTheBooking_andItStaysABooking() {
    int invited = tenant.user(1).associateId();
    int id = book("{\"AssociateId\": %d}".formatted(invited)).getInt("AppointmentId");

    SoClient.Reply edited =
        tenant.client.send(
            "PUT", tenant.api + "/Appointment/" + id, "{\"Title\": \"Prosjektmøte, flyttet\"}");

    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getString("Title")).isEqualTo("Prosjektmøte, flyttet");
    assertThat(edited.json().getInt("MotherId")).isEqualTo(id);
    assertThat(edited.json().getJsonArray("Participants")).hasSize(2);
  }

  @Test
  void appointmentWithoutParticipants_isNoBooking() {
    JsonObject single = book("");

    assertThat(single.getInt("MotherId")).isZero();
    assertThat(single.getString("BookingType")).isEqualTo("None");
    assertThat(single.getJsonArray("Participants")).isEmpty();
  }

  @Test
  void participantWhoIsNoAssociate_isA400_thatNamesIt() {
    SoClient.Reply reply =
        tenant.client.send(
            "POST",
            tenant.api + "/Appointment",
            "{\"Title\": \"x\", \"Participants\": [{\"AssociateId\": 4711}]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("4711");
  }
}
