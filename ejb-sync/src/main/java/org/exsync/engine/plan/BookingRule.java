package org.exsync.engine.plan;

import java.util.Locale;
import java.util.Optional;
import org.exsync.domain.run.Side;
import org.exsync.engine.BookingPolicy;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;

/**
 * Bookings are synced from the organizer's side only. A meeting organised in SuperOffice (a booking
 * there, whether the associate organises it or takes part) is SuperOffice's: it says so itself, and
 * the snapshot keeps it for runs in which SuperOffice reports nothing. A meeting organised in
 * Exchange is one whose item shows attendees and an organizer other than the mailbox's owner.
 * Exsync never writes attendees or bookings, so the copy on the other side is a plain appointment.
 * With {@link BookingPolicy#REJECT_AND_RESTORE} an edit or deletion of the copy is undone from the
 * organizer's version; with {@link BookingPolicy#ACCEPT} it is synced like any other change.
 */
public final class BookingRule {

  private BookingRule() {}

  public static Decision apply(Action action, String mailboxAddress, BookingPolicy policy) {
    if (policy == BookingPolicy.ACCEPT) {
      return action.decision();
    }
    return organizerSide(action, mailboxAddress)
        .map(
            side ->
                side == Side.EXCHANGE
                    ? fromExchange(action.decision())
                    : fromCrm(action.decision()))
        .orElse(action.decision());
  }

  static Optional<Side> organizerSide(Action action, String mailboxAddress) {
    if (action.crmContent().filter(BookingRule::isCrmBooking).isPresent()) {
      return Optional.of(Side.CRM);
    }
    if (action
        .exchangeContent()
        .filter(item -> isForeignBooking(item, mailboxAddress))
        .isPresent()) {
      return Optional.of(Side.EXCHANGE);
    }
    if (action.crmContent().filter(item -> isForeignBooking(item, mailboxAddress)).isPresent()) {
      return Optional.of(Side.CRM);
    }
    return Optional.empty();
  }

  /** A meeting SuperOffice holds as a booking. */
  public static boolean isCrmBooking(CanonicalItem item) {
    return item instanceof AppointmentItem appointment && appointment.crmBooking().isBooking();
  }

  /** A meeting with attendees whose organizer is not the mailbox's owner. */
  public static boolean isForeignBooking(CanonicalItem item, String mailboxAddress) {
    return item instanceof AppointmentItem appointment
        && !appointment.attendees().isEmpty()
        && !appointment.organizer().isEmpty()
        && !appointment
            .organizer()
            .toLowerCase(Locale.ROOT)
            .equals(mailboxAddress.toLowerCase(Locale.ROOT));
  }

  /** Exchange organizes: SuperOffice holds the copy, whose edits are undone. */
  private static Decision fromExchange(Decision decision) {
    return switch (decision) {
      case UPDATE_EXCHANGE, RESOLVE_CONFLICT -> Decision.UPDATE_CRM;
      case DELETE_IN_EXCHANGE -> Decision.RECREATE_IN_CRM;
      case RECREATE_IN_EXCHANGE -> Decision.DELETE_IN_CRM;
      case NOTHING,
          CREATE_IN_CRM,
          CREATE_IN_EXCHANGE,
          MATCH,
          UPDATE_CRM,
          DELETE_IN_CRM,
          RECREATE_IN_CRM,
          FORGET,
          UNLINK,
          REMOVE_FROM_FOLDER,
          INCONSISTENT ->
          decision;
    };
  }

  /** SuperOffice organizes: Exchange holds the copy, whose edits are undone. */
  private static Decision fromCrm(Decision decision) {
    return switch (decision) {
      case UPDATE_CRM, RESOLVE_CONFLICT -> Decision.UPDATE_EXCHANGE;
      case DELETE_IN_CRM -> Decision.RECREATE_IN_EXCHANGE;
      case RECREATE_IN_CRM -> Decision.DELETE_IN_EXCHANGE;
      case NOTHING,
          CREATE_IN_CRM,
          CREATE_IN_EXCHANGE,
          MATCH,
          UPDATE_EXCHANGE,
          DELETE_IN_EXCHANGE,
          RECREATE_IN_EXCHANGE,
          FORGET,
          UNLINK,
          REMOVE_FROM_FOLDER,
          INCONSISTENT ->
          decision;
    };
  }
}
