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
    RecurrenceRule rule = current == null ? null : current.recurrence();
    if (current == null) {
      java.time.LocalDateTime localStart = java.time.LocalDateTime.ofInstant(start, call.zone());
      rule =
          RecurrenceJson.read(in, store.nextRecurrenceId(), localStart.toLocalDate()).orElse(null);
      if (rule != null) {
        Duration length = Duration.between(start, end);
        start = localStart.with(rule.startDate()).atZone(call.zone()).toInstant();
        end = start.plus(length);
      }
    }
    int associateId =
        Json.refId(in, "Associate", "AssociateId")
            .orElse(current == null ? call.principal().id() : current.associateId());
    store
        .associate(associateId)
        .orElseThrow(() -> ApiError.badRequest("Associate " + associateId + " does not exist"));
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
        stamp);
  }

  /** The further occurrences of a series just created: the same wall-clock time on each date. */
  @Override
  public java.util.List<Appointment> createCompanions(
      Appointment first, Stamp stamp, ApiCall call) {
    RecurrenceRule rule = first.recurrence();
    if (rule == null) {
      return java.util.List.of();
    }
    java.time.LocalDateTime localStart =
        java.time.LocalDateTime.ofInstant(first.start(), call.zone());
    Duration length = Duration.between(first.start(), first.end());
    return rule.dates().stream()
        .skip(1)
        .map(
            date -> {
              Instant start = localStart.with(date).atZone(call.zone()).toInstant();
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
                              first.allDay(),
                              first.free(),
                              first.isPrivate(),
                              first.alarmMinutes(),
                              first.completion(),
                              rule,
                              stamp));
            })
        .toList();
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
      throw ApiError.badRequest("Type '" + text + "' is not supported; use inDiary or inChecklist");
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
