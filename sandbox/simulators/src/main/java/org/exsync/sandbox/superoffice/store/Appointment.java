package org.exsync.sandbox.superoffice.store;

import java.time.Instant;

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
 * @param allDay an all-day event
 * @param free shown as free rather than busy
 * @param isPrivate visible only to its owner
 * @param alarmMinutes minutes before the start for the alarm, or {@code null} for none
 * @param completion progress
 * @param recurrence the series' rule, or {@code null} for a single appointment
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
    boolean allDay,
    boolean free,
    boolean isPrivate,
    Integer alarmMinutes,
    Completion completion,
    RecurrenceRule recurrence,
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
        allDay,
        free,
        isPrivate,
        alarmMinutes,
        completion,
        recurrence,
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
        allDay,
        free,
        isPrivate,
        alarmMinutes,
        completion,
        recurrence,
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
        allDay,
        free,
        isPrivate,
        alarmMinutes,
        completion,
        recurrence,
        stamp);
  }
}
