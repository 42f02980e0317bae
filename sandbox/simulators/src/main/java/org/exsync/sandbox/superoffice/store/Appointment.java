package org.exsync.sandbox.superoffice.store;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One appointment row: a diary meeting, a to-do, or one occurrence of a series.
 *
 * @param id the appointment id
 * @param associateId the owner
 * @param contactId the company it is linked to, 0 for none
 * @param personId the person it is linked to, 0 for none
 * @param type diary or checklist
 * @param title subject line
 * @param description the text
 * @param location where, or empty
 * @param start when it starts
 * @param end when it ends (for to-dos: when it is due)
 * @param zone the zone it was planned in, its preferred time zone location ({@code
 *     PreferredTZLocation}): diary times are stored in the base zone all the same, but a series
 *     keeps its wall time in this zone across clock changes
 * @param allDay an all-day event
 * @param free shown as free rather than busy
 * @param isPrivate visible only to its owner
 * @param alarmMinutes minutes before the start for the alarm, or {@code null} for none
 * @param completion progress
 * @param recurrence the series' rule, or {@code null} for a single appointment
 * @param booking its part in a booking, or {@code null} for an appointment that is none
 * @param stamp registration and change stamp
 */
public record Appointment(
    int id,
    int associateId,
    int contactId,
    int personId,
    AppointmentType type,
    String title,
    String description,
    String location,
    Instant start,
    Instant end,
    ZoneId zone,
    boolean allDay,
    boolean free,
    boolean isPrivate,
    Integer alarmMinutes,
    Completion completion,
    RecurrenceRule recurrence,
    Booking booking,
    Stamp stamp)
    implements Row {

  public int recurrenceRuleId() {
    return recurrence == null ? 0 : recurrence.id();
  }

  public Appointment withStamp(Stamp next) {
    return new Appointment(
        id,
        associateId,
        contactId,
        personId,
        type,
        title,
        description,
        location,
        start,
        end,
        zone,
        allDay,
        free,
        isPrivate,
        alarmMinutes,
        completion,
        recurrence,
        booking,
        next);
  }

  public Appointment withTitle(String next) {
    return new Appointment(
        id,
        associateId,
        contactId,
        personId,
        type,
        next,
        description,
        location,
        start,
        end,
        zone,
        allDay,
        free,
        isPrivate,
        alarmMinutes,
        completion,
        recurrence,
        booking,
        stamp);
  }

  public Appointment withTimes(Instant nextStart, Instant nextEnd) {
    return new Appointment(
        id,
        associateId,
        contactId,
        personId,
        type,
        title,
        description,
        location,
        nextStart,
        nextEnd,
        zone,
        allDay,
        free,
        isPrivate,
        alarmMinutes,
        completion,
        recurrence,
        booking,
        stamp);
  }
}
