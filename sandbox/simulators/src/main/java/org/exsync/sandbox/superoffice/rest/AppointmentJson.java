package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.AppointmentType;
import org.exsync.sandbox.superoffice.store.Booking;

/**
 * Writes an appointment as {@code AppointmentEntity}: diary times in the call's zone without an
 * offset, change times in UTC, privacy as {@code Private} plus {@code VisibleFor}, the series as
 * {@code Recurrence}, the zone it was planned in as {@code PreferredTZLocation} and its data, a
 * booking as {@code MotherId}, {@code BookingType} and {@code Participants}.
 */
final class AppointmentJson {

  private final Refs refs;

  AppointmentJson(Refs refs) {
    this.refs = refs;
  }

  JsonObject write(Appointment a, ApiCall call) {
    boolean todo = a.type() == AppointmentType.inChecklist;
    JsonObjectBuilder json =
        jakarta.json.Json.createObjectBuilder()
            .add("AppointmentId", a.id())
            .add("Associate", refs.associate(a.associateId()))
            .add("Contact", refs.contact(a.contactId()))
            .add("Person", refs.person(a.personId()))
            .add("CreatedBy", refs.associate(a.stamp().createdBy()))
            .add("UpdatedBy", refs.associate(a.stamp().updatedBy()))
            .add("CreatedDate", WireDates.format(WireDates.utc(a.stamp().created())))
            .add("UpdatedDate", WireDates.format(WireDates.utc(a.stamp().updated())))
            .add("Title", a.title())
            .add("Description", a.description())
            .add("Agenda", "")
            .add("InternalNotes", "")
            .add("Location", a.location())
            .add("StartDate", WireDates.format(a.start(), call.zone()))
            .add("EndDate", WireDates.format(a.end(), call.zone()))
            .add("ActiveDate", WireDates.format(a.start(), call.zone()))
            .add("Type", a.type().name())
            .add("Completed", a.completion().name())
            .add("Private", a.isPrivate() ? "PrivateUser" : "Public")
            .add("VisibleFor", visibleFor(a))
            .add("IsAlldayEvent", a.allDay())
            .add("IsFree", a.free())
            .add("HasAlarm", a.alarmMinutes() != null)
            .add("AlarmLeadTime", timeSpan(a.alarmMinutes() == null ? 0 : a.alarmMinutes()))
            .add("MotherId", a.booking() == null ? 0 : a.booking().motherId())
            .add(
                "MotherAssociate",
                refs.associate(
                    a.booking() == null
                        ? a.associateId()
                        : a.booking().participants().get(0).associateId()))
            .add("Task", task(todo))
            .add("Recurrence", RecurrenceJson.write(a.recurrence()))
            .add("Participants", participants(a.booking()))
            .add("Links", jakarta.json.Json.createArrayBuilder())
            .add("ActiveLinks", 0)
            .add("BookingType", bookingType(a))
            .add("InvitationStatus", invitationStatus(a))
            .add("AssignmentStatus", "None")
            .add("CautionWarning", "OK")
            .add("OwnedExternally", "None")
            .add("IsMileStone", false)
            .add("HasConflict", false)
            .add("PreferredTZLocation", TimeZoneResource.locationId(a.zone()))
            .add("PreferredTZLocationData", TimeZoneResource.data(a.zone()))
            .add("JoinVideomeetUrl", "")
            .add("UserDefinedFields", JsonValue.EMPTY_JSON_OBJECT)
            .add("ExtraFields", JsonValue.EMPTY_JSON_OBJECT)
            .add("CustomFields", JsonValue.EMPTY_JSON_OBJECT)
            .add("TableRight", Refs.FULL_RIGHTS)
            .add("FieldProperties", JsonValue.EMPTY_JSON_OBJECT)
            .add("_Links", Refs.links(call, "Appointment", a.id()));
    return Json.dropNulls(json.build());
  }

  /** {@code Owner} for the organiser's row (the mother), {@code Participant} for an invitee's. */
  static String bookingType(Appointment a) {
    if (a.booking() == null) {
      return "None";
    }
    return a.booking().motherId() == a.id() ? "Owner" : "Participant";
  }

  /** An invitee's row tells how the invitee answered; the organiser's and others tell nothing. */
  static String invitationStatus(Appointment a) {
    if (a.booking() == null || a.booking().motherId() == a.id()) {
      return "None";
    }
    return a.booking().participants().stream()
        .filter(p -> p.associateId() == a.associateId())
        .map(Booking.Participant::status)
        .findFirst()
        .orElse("Invitation");
  }

  private static JsonArrayBuilder participants(Booking booking) {
    JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
    if (booking == null) {
      return list;
    }
    for (Booking.Participant p : booking.participants()) {
      list.add(
          jakarta.json.Json.createObjectBuilder()
              .add("AssociateId", p.associateId())
              .add("PersonId", p.personId())
              .add("ContactId", p.contactId())
              .add("EmailId", 0)
              .add("SendEmail", false)
              .add("InvitationStatus", p.status())
              .add("EmailAddress", "")
              .add("Description", ""));
    }
    return list;
  }

  private static JsonArrayBuilder visibleFor(Appointment a) {
    JsonObjectBuilder entry = jakarta.json.Json.createObjectBuilder();
    if (a.isPrivate()) {
      entry
          .add("VisibleId", a.associateId())
          .add("Visibility", "Associate")
          .add("DisplayValue", "");
    } else {
      entry.add("VisibleId", 0).add("Visibility", "All").add("DisplayValue", "");
    }
    return jakarta.json.Json.createArrayBuilder().add(entry);
  }

  private static JsonObject task(boolean todo) {
    return jakarta.json.Json.createObjectBuilder()
        .add("TaskListItemId", todo ? 2 : 1)
        .add("Value", todo ? "To-do" : "Meeting")
        .add("Type", todo ? "ToDo" : "Appointment")
        .add("Direction", "Unknown")
        .add("Deleted", false)
        .build();
  }

  /** A .NET TimeSpan as the Web API writes it: {@code 00:15:00}, {@code 1.00:00:00}. */
  static String timeSpan(int minutes) {
    Duration span = Duration.ofMinutes(minutes);
    String clock = String.format("%02d:%02d:00", span.toHoursPart(), span.toMinutesPart());
    return span.toDays() > 0 ? span.toDays() + "." + clock : clock;
  }
}
