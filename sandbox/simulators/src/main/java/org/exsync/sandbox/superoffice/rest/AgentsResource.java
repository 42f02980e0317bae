package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.AppointmentType;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * {@code POST /api/v1/Agents/Appointment/GetAppointmentList}: many appointments by id in one call,
 * each as the Agents {@code Appointment} carrier (not the REST {@code AppointmentEntity}: no
 * recurrence rule, no participants, no {@code UpdatedDate}, and of the planned zone only its
 * location id {@code PreferredTZLocation}, without the {@code PreferredTZLocationData}). The body
 * is the JSON array of ids the Agents Swagger declares; an id with no appointment is left out of
 * the answer, as the Agents answer no row with nothing. Only this Agents call is simulated.
 */
public final class AgentsResource {

  private final CrmStore store;

  public AgentsResource(CrmStore store) {
    this.store = store;
  }

  public EntityEndpoint.Outcome handle(ApiCall call) {
    boolean appointmentList =
        call.path().size() == 3
            && call.segment(1).equalsIgnoreCase("Appointment")
            && call.segment(2).equalsIgnoreCase("GetAppointmentList");
    if (!appointmentList) {
      throw new ApiError(
          404, "NotFound", "No agent method at /api/v1/" + String.join("/", call.path()));
    }
    if (!call.http().method().equals("POST")) {
      throw new ApiError(
          405,
          "MethodNotAllowed",
          "Agent methods are called with POST, not " + call.http().method());
    }
    JsonArrayBuilder answer = jakarta.json.Json.createArrayBuilder();
    int found = 0;
    for (int id : ids(call.http().bodyText())) {
      Optional<Appointment> row = store.appointments().get(id);
      if (row.isPresent()) {
        answer.add(carrier(row.get(), call));
        found++;
      }
    }
    return new EntityEndpoint.Outcome(Json.ok(answer.build()), found);
  }

  private static List<Integer> ids(String body) {
    JsonValue json = Json.read(body);
    if (json.getValueType() != JsonValue.ValueType.ARRAY) {
      throw ApiError.badRequest("The body must be the array of appointment ids");
    }
    return json.asJsonArray().stream()
        .map(
            v -> {
              if (!(v instanceof JsonNumber number) || !number.isIntegral()) {
                throw ApiError.badRequest("Appointment ids must be whole numbers, got " + v);
              }
              return number.intValue();
            })
        .toList();
  }

  /** The Agents {@code Appointment} carrier: diary times in the call's zone without an offset. */
  private static JsonObject carrier(Appointment a, ApiCall call) {
    boolean todo = a.type() == AppointmentType.inChecklist;
    return jakarta.json.Json.createObjectBuilder()
        .add("AppointmentId", a.id())
        .add("StartDate", WireDates.format(a.start(), call.zone()))
        .add("EndDate", WireDates.format(a.end(), call.zone()))
        .add("ActiveDate", WireDates.format(a.start(), call.zone()))
        .add("Type", a.type().name())
        .add("Task", todo ? "To-do" : "Meeting")
        .add("Title", a.title())
        .add("Description", a.description())
        .add("Location", a.location())
        .add("AssociateId", a.associateId())
        .add("ContactId", a.contactId())
        .add("PersonId", a.personId())
        .add("IsFree", a.free())
        .add("HasAlarm", a.alarmMinutes() != null)
        .add(
            "AlarmLeadTime",
            AppointmentJson.timeSpan(a.alarmMinutes() == null ? 0 : a.alarmMinutes()))
        .add("IsAlldayEvent", a.allDay())
        .add("Private", a.isPrivate() ? "PrivateUser" : "Public")
        .add("Completed", a.completion().name())
        .add("IsRecurrence", a.recurrence() != null)
        .add("IsBooking", a.booking() != null)
        .add("IsBookingMain", a.booking() != null && a.booking().motherId() == a.id())
        .add("MotherId", a.booking() == null ? 0 : a.booking().motherId())
        .add(
            "MotherAssociateId",
            a.booking() == null ? a.associateId() : a.booking().participants().get(0).associateId())
        .add("BookingType", AppointmentJson.bookingType(a))
        .add("InvitationStatus", AppointmentJson.invitationStatus(a))
        .add("AssignmentStatus", "None")
        .add("CautionWarning", "OK")
        .add("OwnedExternally", "None")
        .add("CreatedDate", WireDates.format(WireDates.utc(a.stamp().created())))
        .add("CreatedByAssociateId", a.stamp().createdBy())
        .add("JoinVideomeetUrl", "")
        .add("PreferredTZLocation", TimeZoneResource.locationId(a.zone()))
        .build();
  }
}
