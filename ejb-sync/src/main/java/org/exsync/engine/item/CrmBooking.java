package org.exsync.engine.item;

/**
 * Whether a diary appointment is a SuperOffice booking: a meeting organised in SuperOffice, whose
 * participants each hold a row that SuperOffice keeps in step with the organiser's (the mother
 * appointment) and tells of every change. Such a meeting is governed from SuperOffice: a change to
 * the copy in Exchange would reach none of the participants. A meeting organised in Exchange is
 * known by its organizer and attendees instead.
 */
public enum CrmBooking {
  /** An ordinary appointment, or a copy Exsync wrote: not a booking of SuperOffice's. */
  NONE,
  /** The associate organises the booking: its row is the mother appointment. */
  ORGANIZER,
  /** The associate takes part in a booking another associate organises. */
  PARTICIPANT;

  public boolean isBooking() {
    return this != NONE;
  }
}
