package org.exsync.sandbox.superoffice.store;

import java.util.List;

/**
 * An appointment's part in a booking: a meeting one associate organises with participants. The
 * organiser's row is the mother appointment; every invited associate gets a row of their own (a
 * slave) that points at it.
 *
 * @param motherId the mother appointment's id: the row's own id for the organiser's row
 * @param participants everyone taking part, the organiser first
 */
public record Booking(int motherId, List<Participant> participants) {

  public Booking {
    participants = List.copyOf(participants);
  }

  /** Someone taking part: an associate, or a contact person ({@code ParticipantInfo}). */
  public record Participant(int associateId, int personId, int contactId, String status) {}
}
