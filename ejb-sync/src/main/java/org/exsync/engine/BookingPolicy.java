package org.exsync.engine;

/**
 * What happens to an edit of a booking (a meeting someone else organizes) on the side that is not
 * the organizer's: bookings are synced from the organizer's side only.
 */
public enum BookingPolicy {
  /** The edit is overwritten with the organizer's version again. */
  REJECT_AND_RESTORE,
  /** The edit is kept and synced like any other change. */
  ACCEPT
}
