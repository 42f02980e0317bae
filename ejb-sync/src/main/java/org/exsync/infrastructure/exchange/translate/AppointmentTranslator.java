package org.exsync.infrastructure.exchange.translate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity;
import microsoft.exchange.webservices.data.core.enumeration.service.calendar.AppointmentType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.AttendeeCollection;
import microsoft.exchange.webservices.data.property.complex.DeletedOccurrenceInfo;
import microsoft.exchange.webservices.data.property.complex.EmailAddress;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.OccurrenceInfo;
import microsoft.exchange.webservices.data.property.complex.StringList;
import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Attendee;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;

/**
 * Calendar items and canonical appointments. Attendees and the organizer are read and never
 * written: the organizer's own calendar is where they change. Exchange's "working elsewhere" has no
 * value in ews-java-api 2.0 and is written as busy, which the content hash does not tell apart.
 */
public final class AppointmentTranslator {

  private AppointmentTranslator() {}

  /**
   * The canonical appointment of a calendar item loaded with {@link PropertySets#full}.
   *
   * @param occurrences a modified occurrence loaded with {@link PropertySets#occurrence}, by id
   */
  public static AppointmentItem read(
      Appointment item, Function<ItemId, Optional<Appointment>> occurrences) throws Exception {
    Instant start =
        EwsDates.toInstant(Props.get(item, AppointmentSchema.Start, java.util.Date.class));
    Instant end = EwsDates.toInstant(Props.get(item, AppointmentSchema.End, java.util.Date.class));
    boolean allDay = Props.flag(item, AppointmentSchema.IsAllDayEvent);
    TimeZoneDefinition windows =
        Props.get(item, AppointmentSchema.StartTimeZone, TimeZoneDefinition.class);
    ZoneId zone =
        ItemZones.calendarZone(
                windows == null ? null : windows.getId(),
                ExsyncProperties.read(item, ExsyncProperties.ZONE).orElse(null))
            .orElseGet(() -> allDay ? ItemZones.offsetWithMidnightAt(start) : ZoneOffset.UTC);
    boolean reminder = Props.flag(item, ItemSchema.IsReminderSet);
    Integer minutes = Props.get(item, ItemSchema.ReminderMinutesBeforeStart, Integer.class);
    EmailAddress organizer = Props.get(item, AppointmentSchema.Organizer, EmailAddress.class);
    try {
      return new AppointmentItem(
          Props.text(item, ItemSchema.Subject),
          body(item),
          Props.text(item, AppointmentSchema.Location),
          start,
          end,
          zone,
          allDay,
          showAs(
              Props.get(item, AppointmentSchema.LegacyFreeBusyStatus, LegacyFreeBusyStatus.class)),
          isPrivate(Props.get(item, ItemSchema.Sensitivity, Sensitivity.class)),
          reminder ? (minutes == null ? 0 : minutes) : null,
          categories(item),
          organizer == null || organizer.getAddress() == null ? "" : organizer.getAddress(),
          attendees(item),
          recurrence(item, zone, occurrences));
    } catch (IllegalArgumentException e) {
      throw new Untranslatable("The calendar item cannot be kept in step: " + e.getMessage());
    }
  }

  /**
   * Puts a canonical appointment's content on a new calendar item or on one loaded with {@link
   * PropertySets#full}. The series' rule is put on a new item, and on a loaded one only when asked
   * to, because setting it drops the series' exceptions in Exchange.
   */
  public static void write(
      AppointmentItem source, Appointment target, boolean isNew, boolean setRule) throws Exception {
    TimeZoneDefinition zone = ItemZones.definition(source.zone());
    target.setSubject(source.subject());
    target.setBody(new MessageBody(BodyType.Text, source.body()));
    target.setLocation(source.location());
    target.setStartTimeZone(zone);
    target.setEndTimeZone(zone);
    target.setStart(EwsDates.toDate(source.start()));
    target.setEnd(EwsDates.toDate(source.end()));
    target.setIsAllDayEvent(source.allDay());
    target.setLegacyFreeBusyStatus(freeBusy(source.showAs()));
    target.setSensitivity(source.isPrivate() ? Sensitivity.Private : Sensitivity.Normal);
    target.setIsReminderSet(source.reminderMinutes() != null);
    if (source.reminderMinutes() != null) {
      target.setReminderMinutesBeforeStart(source.reminderMinutes());
    }
    if (!source.categories().isEmpty()) {
      target.setCategories(new StringList(source.categories()));
    } else if (!isNew && !categories(target).isEmpty()) {
      target.setCategories(null);
    }
    target.setExtendedProperty(ExsyncProperties.ZONE, source.zone().getId());
    if ((isNew && source.recurrence() != null) || (!isNew && setRule)) {
      target.setRecurrence(
          source.recurrence() == null ? null : RecurrenceTranslator.toEws(source.recurrence()));
    }
  }

  /** Whether the series' rule (without its exceptions) differs from the loaded item's. */
  public static boolean ruleChanged(AppointmentItem source, Appointment loaded) throws Exception {
    var current = ewsRule(loaded);
    Recurrence currentRule =
        current == null ? null : RecurrenceTranslator.fromEws(current, List.of(), new TreeSet<>());
    Recurrence wanted = source.recurrence();
    if (currentRule == null || wanted == null) {
      return currentRule != wanted;
    }
    Recurrence bare =
        new Recurrence(
            wanted.pattern(),
            wanted.interval(),
            wanted.daysOfWeek(),
            wanted.dayOfMonth(),
            wanted.weekOfMonth(),
            wanted.month(),
            wanted.firstDate(),
            wanted.lastDate(),
            wanted.count(),
            List.of(),
            new TreeSet<>());
    return !bare.contentHash().equals(currentRule.contentHash());
  }

  private static microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence
      ewsRule(Appointment item) throws Exception {
    return Props.get(
        item,
        AppointmentSchema.Recurrence,
        microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.class);
  }

  private static String body(Appointment item) throws Exception {
    MessageBody body = Props.get(item, ItemSchema.Body, MessageBody.class);
    return body == null ? "" : MessageBody.getStringFromMessageBody(body);
  }

  static List<String> categories(microsoft.exchange.webservices.data.core.service.item.Item item)
      throws Exception {
    StringList list = Props.get(item, ItemSchema.Categories, StringList.class);
    List<String> values = new ArrayList<>();
    if (list != null) {
      list.forEach(values::add);
    }
    return values;
  }

  static boolean isPrivate(Sensitivity sensitivity) {
    return sensitivity == Sensitivity.Private || sensitivity == Sensitivity.Confidential;
  }

  private static ShowAs showAs(LegacyFreeBusyStatus status) {
    if (status == null) {
      return ShowAs.BUSY;
    }
    return switch (status) {
      case Free -> ShowAs.FREE;
      case Tentative -> ShowAs.TENTATIVE;
      case OOF -> ShowAs.OUT_OF_OFFICE;
      case Busy, NoData -> ShowAs.BUSY;
    };
  }

  private static LegacyFreeBusyStatus freeBusy(ShowAs showAs) {
    return switch (showAs) {
      case FREE -> LegacyFreeBusyStatus.Free;
      case TENTATIVE -> LegacyFreeBusyStatus.Tentative;
      case OUT_OF_OFFICE -> LegacyFreeBusyStatus.OOF;
      case BUSY, WORKING_ELSEWHERE -> LegacyFreeBusyStatus.Busy;
    };
  }

  private static List<Attendee> attendees(Appointment item) throws Exception {
    List<Attendee> all = new ArrayList<>();
    add(
        all,
        Props.get(item, AppointmentSchema.RequiredAttendees, AttendeeCollection.class),
        Attendee.Role.REQUIRED);
    add(
        all,
        Props.get(item, AppointmentSchema.OptionalAttendees, AttendeeCollection.class),
        Attendee.Role.OPTIONAL);
    add(
        all,
        Props.get(item, AppointmentSchema.Resources, AttendeeCollection.class),
        Attendee.Role.RESOURCE);
    return all;
  }

  private static void add(List<Attendee> all, AttendeeCollection attendees, Attendee.Role role) {
    if (attendees == null) {
      return;
    }
    for (microsoft.exchange.webservices.data.property.complex.Attendee a : attendees) {
      all.add(new Attendee(a.getAddress(), a.getName(), role, response(a.getResponseType())));
    }
  }

  private static Attendee.Response response(MeetingResponseType type) {
    if (type == null) {
      return Attendee.Response.UNKNOWN;
    }
    return switch (type) {
      case Organizer -> Attendee.Response.ORGANIZER;
      case Tentative -> Attendee.Response.TENTATIVE;
      case Accept -> Attendee.Response.ACCEPTED;
      case Decline -> Attendee.Response.DECLINED;
      case NoResponseReceived -> Attendee.Response.NOT_RESPONDED;
      case Unknown -> Attendee.Response.UNKNOWN;
    };
  }

  private static Recurrence recurrence(
      Appointment item, ZoneId zone, Function<ItemId, Optional<Appointment>> occurrences)
      throws Exception {
    AppointmentType type =
        Props.get(item, AppointmentSchema.AppointmentType, AppointmentType.class);
    var rule = ewsRule(item);
    if (type != AppointmentType.RecurringMaster || rule == null) {
      return null;
    }
    List<Occurrence> modified = new ArrayList<>();
    var changed =
        Props.get(
            item,
            AppointmentSchema.ModifiedOccurrences,
            microsoft.exchange.webservices.data.property.complex.OccurrenceInfoCollection.class);
    if (changed != null) {
      for (OccurrenceInfo info : changed) {
        modified.add(occurrence(info, zone, occurrences.apply(info.getItemId())));
      }
    }
    TreeSet<LocalDate> deleted = new TreeSet<>();
    var cancelled =
        Props.get(
            item,
            AppointmentSchema.DeletedOccurrences,
            microsoft.exchange.webservices.data.property.complex.DeletedOccurrenceInfoCollection
                .class);
    if (cancelled != null) {
      for (DeletedOccurrenceInfo info : cancelled) {
        deleted.add(info.getOriginalStart().toInstant().atZone(zone).toLocalDate());
      }
    }
    Recurrence read = RecurrenceTranslator.fromEws(rule, modified, deleted);
    if (read == null) {
      throw new Untranslatable("The series' pattern is one Exsync does not keep in step");
    }
    return read;
  }

  private static Occurrence occurrence(
      OccurrenceInfo info, ZoneId zone, Optional<Appointment> details) throws Exception {
    LocalDate original = info.getOriginalStart().toInstant().atZone(zone).toLocalDate();
    if (details.isEmpty()) {
      throw new Untranslatable(
          "The changed occurrence of " + original + " could not be read; read the series again");
    }
    Appointment occurrence = details.get();
    java.util.Date start = Props.get(occurrence, AppointmentSchema.Start, java.util.Date.class);
    java.util.Date end = Props.get(occurrence, AppointmentSchema.End, java.util.Date.class);
    return new Occurrence(
        original,
        (start == null ? info.getStart() : start).toInstant(),
        (end == null ? info.getEnd() : end).toInstant(),
        Props.text(occurrence, ItemSchema.Subject),
        Props.text(occurrence, AppointmentSchema.Location));
  }
}
