package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;
import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.Column;
import org.exsync.sandbox.superoffice.odata.ColumnType;
import org.exsync.sandbox.superoffice.odata.ODataQuery;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.AppointmentType;
import org.exsync.sandbox.superoffice.store.Booking;
import org.exsync.sandbox.superoffice.store.Completion;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.RecurrenceRule;
import org.exsync.sandbox.superoffice.store.Stamp;
import org.exsync.sandbox.superoffice.store.Table;

/**
 * Appointments: diary meetings ({@code inDiary}) and to-dos ({@code inChecklist}), listed through
 * the Appointment archive provider's columns.
 */
public final class AppointmentKind implements EntityKind<Appointment> {

  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("Title", "title"),
          Map.entry("Description", "text_id"),
          Map.entry("Location", "location"),
          Map.entry("StartDate", "do_by"),
          Map.entry("EndDate", "endDate"),
          Map.entry("Type", "type"),
          Map.entry("Completed", "status"),
          Map.entry("Private", "private"),
          Map.entry("IsAlldayEvent", "isAlldayEvent"),
          Map.entry("IsFree", "isFree"),
          Map.entry("HasAlarm", "alarm"),
          Map.entry("AlarmLeadTime", "alarm_lead_time"),
          Map.entry("Associate", "associate_id"),
          Map.entry("Contact", "contact_id"),
          Map.entry("Person", "person_id"));

  private final CrmStore store;
  private final AppointmentJson json;
  private final Archive<Appointment> archive =
      new Archive<Appointment>("appointment", Appointment::id)
          .column(col("appointmentId", ColumnType.INT, (a, z) -> a.id()))
          .column(col("date", ColumnType.DATETIME, (a, z) -> WireDates.local(a.start(), z)))
          .column(col("endDate", ColumnType.DATETIME, (a, z) -> WireDates.local(a.end(), z)))
          .column(col("text", ColumnType.STRING, (a, z) -> a.description()))
          .column(col("associateId", ColumnType.INT, (a, z) -> a.associateId()))
          .column(
              col(
                  "updatedDate",
                  ColumnType.UTC_DATETIME,
                  (a, z) -> WireDates.utc(a.stamp().updated())))
          .extra(col("title", ColumnType.STRING, (a, z) -> a.title()))
          .extra(col("location", ColumnType.STRING, (a, z) -> a.location()))
          .extra(col("contactId", ColumnType.INT, (a, z) -> a.contactId()))
          .extra(col("personId", ColumnType.INT, (a, z) -> a.personId()))
          .extra(
              col("completed", ColumnType.BOOL, (a, z) -> a.completion() == Completion.Completed))
          .extra(col("rawType", ColumnType.INT, (a, z) -> a.type().raw()))
          .extra(col("rawStatus", ColumnType.INT, (a, z) -> a.completion().ordinal() + 1))
          .extra(col("alarm", ColumnType.BOOL, (a, z) -> a.alarmMinutes() != null))
          .extra(col("recurring", ColumnType.BOOL, (a, z) -> a.recurrence() != null))
          .extra(col("recurrenceRuleId", ColumnType.INT, (a, z) -> a.recurrenceRuleId()))
          .extra(col("updatedBy", ColumnType.INT, (a, z) -> a.stamp().updatedBy()))
          .extra(
              col(
                  "registeredDate",
                  ColumnType.UTC_DATETIME,
                  (a, z) -> WireDates.utc(a.stamp().created())))
          .extra(col("registeredBy", ColumnType.INT, (a, z) -> a.stamp().createdBy()));

  public AppointmentKind(CrmStore store) {
    this.store = store;
    this.json = new AppointmentJson(new Refs(store));
  }

  private static Column<Appointment> col(
      String name,
      ColumnType type,
      java.util.function.BiFunction<Appointment, java.time.ZoneId, Object> reader) {
    return new Column<>(name, type, reader);
  }

  @Override
  public String resource() {
    return "Appointment";
  }

  @Override
  public String carrier() {
    return "AppointmentEntity";
  }

  @Override
  public String webhookEntity() {
    return "activity";
  }

  @Override
  public Table<Appointment> table() {
    return store.appointments();
  }

  /** A filter on one owner, as the sync engine's change scans use, visits only that diary. */
  @Override
  public Collection<Appointment> candidates(ODataQuery query) {
    OptionalInt owner = query.pinnedInt("associateId");
    return owner.isPresent() ? table().rowsWith(owner.getAsInt()) : table().all();
  }

  @Override
  public Archive<Appointment> archive() {
    return archive;
  }

  @Override
  public JsonObject toJson(Appointment row, ApiCall call) {
    return json.write(row, call);
  }

  @Override
  public Map<String, String> databaseColumns() {
    return COLUMNS;
  }

  @Override
  public Appointment fromJson(
      JsonObject in, Appointment current, int id, Stamp stamp, ApiCall call) {
    Instant now = store.now().truncatedTo(ChronoUnit.MINUTES);
    Instant start =
        Json.string(in, "StartDate")
            .map(t -> call.readTime("StartDate", t))
            .orElse(current == null ? now : current.start());
    Instant end =
        Json.string(in, "EndDate")
            .map(t -> call.readTime("EndDate", t))
            .orElse(current == null ? start.plus(Duration.ofHours(1)) : current.end());
    if (end.isBefore(start)) {
      throw ApiError.badRequest("EndDate is before StartDate");
    }
    java.time.ZoneId zone = preferredZone(in, current, call);
    RecurrenceRule rule = current == null ? null : current.recurrence();
    if (current == null) {
      java.time.LocalDateTime localStart = java.time.LocalDateTime.ofInstant(start, zone);
      rule =
          RecurrenceJson.read(in, store.nextRecurrenceId(), localStart.toLocalDate()).orElse(null);
      if (rule != null) {
        Duration length = Duration.between(start, end);
        start = localStart.with(rule.startDate()).atZone(zone).toInstant();
        end = start.plus(length);
      }
    }
    int associateId =
        Json.refId(in, "Associate", "AssociateId")
            .orElse(current == null ? call.principal().id() : current.associateId());
    store
        .associate(associateId)
        .orElseThrow(() -> ApiError.badRequest("Associate " + associateId + " does not exist"));
    Booking booking = current == null ? booking(in, id, associateId) : current.booking();
    if (booking != null && rule != null) {
      throw ApiError.badRequest(
          "The sandbox holds no recurring bookings: leave out Participants or Recurrence");
    }
    boolean hasAlarm =
        Json.bool(in, "HasAlarm").orElse(current != null && current.alarmMinutes() != null);
    Integer alarm =
        hasAlarm
            ? Json.string(in, "AlarmLeadTime")
                .map(AppointmentKind::minutes)
                .orElse(
                    current == null || current.alarmMinutes() == null ? 15 : current.alarmMinutes())
            : null;
    return new Appointment(
        id,
        associateId,
        existing(
            Json.refId(in, "Contact", "ContactId"),
            current == null ? 0 : current.contactId(),
            "Contact"),
        existing(
            Json.refId(in, "Person", "PersonId"),
            current == null ? 0 : current.personId(),
            "Person"),
        Json.string(in, "Type")
            .map(AppointmentKind::type)
            .orElse(current == null ? AppointmentType.inDiary : current.type()),
        Json.string(in, "Title").orElse(current == null ? "" : current.title()),
        Json.string(in, "Description").orElse(current == null ? "" : current.description()),
        Json.string(in, "Location").orElse(current == null ? "" : current.location()),
        start,
        end,
        zone,
        Json.bool(in, "IsAlldayEvent").orElse(current != null && current.allDay()),
        Json.bool(in, "IsFree").orElse(current != null && current.free()),
        Json.string(in, "Private")
            .map(p -> !p.equals("Public"))
            .orElse(current != null && current.isPrivate()),
        alarm,
        Json.string(in, "Completed")
            .map(AppointmentKind::completion)
            .orElse(current == null ? Completion.NotStarted : current.completion()),
        rule,
        booking,
        stamp);
  }

  /**
   * The further rows of a booking or series just created: an invitation in each invited associate's
   * list, or the series' further occurrences.
   */
  @Override
  public java.util.List<Appointment> createCompanions(
      Appointment first, Stamp stamp, ApiCall call) {
    if (first.booking() != null) {
      return invitations(first, stamp);
    }
    RecurrenceRule rule = first.recurrence();
    if (rule == null) {
      return java.util.List.of();
    }
    return occurrences(first, rule, stamp);
  }

  /**
   * A series' further occurrences: the same wall-clock time on each date in the zone the series was
   * planned in, so a clock change there (not the base zone's) moves the rows.
   */
  private java.util.List<Appointment> occurrences(
      Appointment first, RecurrenceRule rule, Stamp stamp) {
    java.time.LocalDateTime localStart =
        java.time.LocalDateTime.ofInstant(first.start(), first.zone());
    Duration length = Duration.between(first.start(), first.end());
    return rule.dates().stream()
        .skip(1)
        .map(
            date -> {
              Instant start = localStart.with(date).atZone(first.zone()).toInstant();
              return table()
                  .insert(
                      id ->
                          new Appointment(
                              id,
                              first.associateId(),
                              first.contactId(),
                              first.personId(),
                              first.type(),
                              first.title(),
                              first.description(),
                              first.location(),
                              start,
                              start.plus(length),
                              first.zone(),
                              first.allDay(),
                              first.free(),
                              first.isPrivate(),
                              first.alarmMinutes(),
                              first.completion(),
                              rule,
                              null,
                              stamp));
            })
        .toList();
  }

  /**
   * The slave rows of a booking: each invited associate but the organiser finds the meeting in the
   * invitation list ({@code BookingForDiary}), pointing at the organiser's row.
   */
  private java.util.List<Appointment> invitations(Appointment mother, Stamp stamp) {
    return mother.booking().participants().stream()
        .filter(p -> p.associateId() != 0 && p.associateId() != mother.associateId())
        .map(
            p ->
                table()
                    .insert(
                        id ->
                            new Appointment(
                                id,
                                p.associateId(),
                                mother.contactId(),
                                mother.personId(),
                                AppointmentType.BookingForDiary,
                                mother.title(),
                                mother.description(),
                                mother.location(),
                                mother.start(),
                                mother.end(),
                                mother.zone(),
                                mother.allDay(),
                                mother.free(),
                                mother.isPrivate(),
                                mother.alarmMinutes(),
                                mother.completion(),
                                null,
                                mother.booking(),
                                stamp)))
        .toList();
  }

  /**
   * A new appointment's booking, from its {@code Participants}: none without participants;
   * otherwise the organiser (the owner) comes first, as accepted, and everyone else is invited
   * unless their entry says otherwise.
   */
  private Booking booking(JsonObject in, int id, int owner) {
    jakarta.json.JsonValue list = in.get("Participants");
    if (!(list instanceof jakarta.json.JsonArray entries) || entries.isEmpty()) {
      return null;
    }
    java.util.List<Booking.Participant> participants = new java.util.ArrayList<>();
    participants.add(new Booking.Participant(owner, 0, 0, "Accepted"));
    for (jakarta.json.JsonValue entry : entries) {
      if (entry.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT) {
        throw ApiError.badRequest("Participants must list ParticipantInfo objects");
      }
      JsonObject info = entry.asJsonObject();
      int associateId = Json.integer(info, "AssociateId").orElse(0);
      int personId = Json.integer(info, "PersonId").orElse(0);
      if (associateId == owner) {
        continue;
      }
      if (associateId != 0 && store.associate(associateId).isEmpty()) {
        throw ApiError.badRequest("Participant associate " + associateId + " does not exist");
      }
      if (associateId == 0 && personId == 0) {
        throw ApiError.badRequest("A participant needs an AssociateId or a PersonId");
      }
      existing(java.util.Optional.of(personId), 0, "Person");
      participants.add(
          new Booking.Participant(
              associateId,
              personId,
              Json.integer(info, "ContactId").orElse(0),
              Json.string(info, "InvitationStatus").orElse("Invitation")));
    }
    return new Booking(id, participants);
  }

  /**
   * The zone named by {@code PreferredTZLocation}; else the one the appointment has, or for a new
   * one the zone of the call (the base zone, or what {@code SO-TimeZone} asks for).
   */
  private static java.time.ZoneId preferredZone(JsonObject in, Appointment current, ApiCall call) {
    java.util.Optional<Integer> location =
        Json.integer(in, "PreferredTZLocation").filter(id -> id != 0);
    if (location.isPresent()) {
      return TimeZoneResource.zoneOf(location.get())
          .orElseThrow(
              () ->
                  ApiError.badRequest(
                      "PreferredTZLocation "
                          + location.get()
                          + " is not a time zone location of this installation"));
    }
    return current == null ? call.zone() : current.zone();
  }

  private int existing(java.util.Optional<Integer> id, int fallback, String what) {
    int value = id.orElse(fallback);
    boolean known =
        value == 0
            || (what.equals("Contact")
                ? store.companies().get(value).isPresent()
                : store.persons().get(value).isPresent());
    if (!known) {
      throw ApiError.badRequest(what + " " + value + " does not exist");
    }
    return value;
  }

  private static AppointmentType type(String text) {
    try {
      return AppointmentType.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(
          "Type '" + text + "' is not supported; use inDiary, inChecklist or BookingForDiary");
    }
  }

  private static Completion completion(String text) {
    try {
      return Completion.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("Completed must be NotStarted, Started or Completed, was " + text);
    }
  }

  /** Reads a .NET TimeSpan such as {@code 00:15:00} or {@code 1.00:00:00} as minutes. */
  private static int minutes(String span) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?")
            .matcher(span);
    if (!m.matches()) {
      throw ApiError.badRequest("AlarmLeadTime is not a time span (hh:mm:ss): '" + span + "'");
    }
    int days = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    return days * 1440 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
  }
}
