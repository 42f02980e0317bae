package org.exsync.engine.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.plan.Action;
import org.exsync.engine.plan.Notice;
import org.exsync.engine.plan.Plan;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.store.Alert;
import org.exsync.engine.store.ConflictOutcome;
import org.exsync.engine.store.ItemEvent;
import org.exsync.engine.store.ItemEventKind;
import org.exsync.engine.store.MappingRecord;

/** The entries of an item's history for what a run decided and did, in the admin's words. */
final class ItemEvents {

  private ItemEvents() {}

  static ItemEvent of(Action action, ItemEventKind kind, Side side, String detail, Instant at) {
    return new ItemEvent(
        action.crmId(), action.exchangeId(), action.title(), kind, side, detail, at);
  }

  /** A write that succeeded; the mapping it left knows the ids a creation gave the item. */
  static ItemEvent written(
      Action action, MappingRecord mapping, Side side, boolean created, Instant at) {
    String from = name(other(side));
    String detail;
    if (!created) {
      detail = from + "'s version was written to " + name(side) + ".";
    } else if (action.mapping() == null) {
      detail = "New in " + from + "; created in " + name(side) + ".";
    } else {
      detail = "Gone from " + name(side) + " but kept in " + from + "; created there again.";
    }
    return new ItemEvent(
        mapping.crmId(),
        mapping.exchangeId(),
        action.title(),
        created ? ItemEventKind.CREATED : ItemEventKind.UPDATED,
        side,
        detail,
        at);
  }

  static ItemEvent updated(Action action, Side side, Instant at) {
    return of(
        action,
        ItemEventKind.UPDATED,
        side,
        name(other(side)) + "'s version was written to " + name(side) + ".",
        at);
  }

  static ItemEvent forgotten(Action action, Instant at) {
    return of(
        action,
        ItemEventKind.DELETED_ON_BOTH,
        null,
        "Deleted in SuperOffice and in Exchange; the link between them ended.",
        at);
  }

  static ItemEvent leftSelection(Action action, Instant at) {
    return of(
        action,
        ItemEventKind.LEFT_SELECTION,
        Side.EXCHANGE,
        "The person left the selection: removed from its Exchange folder, kept in SuperOffice.",
        at);
  }

  static ItemEvent matched(Action action, Instant at) {
    return of(
        action,
        ItemEventKind.MATCHED,
        null,
        "Found on both sides on the first sync and linked instead of copied.",
        at);
  }

  static ItemEvent unlinked(Action action, Side left, Instant at) {
    return of(
        action,
        ItemEventKind.UNLINKED,
        left,
        "Left the sync window or filter in "
            + name(left)
            + "; not synced any more, both sides keep it.",
        at);
  }

  static ItemEvent deleted(Action action, Side side, Instant at) {
    return of(
        action,
        ItemEventKind.DELETED,
        side,
        "Deleted in " + name(other(side)) + ", so deleted in " + name(side) + ".",
        at);
  }

  static ItemEvent conflict(
      Action action, ConflictPolicy policy, ConflictOutcome outcome, Instant at) {
    String detail =
        switch (outcome) {
          case CRM_KEPT -> "Both changed; SuperOffice version kept (" + rule(policy) + ").";
          case EXCHANGE_KEPT -> "Both changed; Exchange version kept (" + rule(policy) + ").";
          case MERGED -> "Both changed different fields; both changes kept on both sides.";
        };
    return of(action, ItemEventKind.CONFLICT, null, detail, at);
  }

  /** A failed read or write of the item; a throttled one waits for a later run. */
  static ItemEvent failed(Action action, Side side, Failure failure, Instant at) {
    return new ItemEvent(
        action.crmId(),
        action.exchangeId(),
        action.title(),
        failureKind(failure),
        side,
        failureDetail(side, failure),
        at);
  }

  /** An item that could not be read, known by its id on the side that failed. */
  static ItemEvent readFailed(ItemFailure failure, Instant at) {
    Side side = failure.side();
    return new ItemEvent(
        side == Side.CRM ? failure.itemId() : null,
        side == Side.EXCHANGE ? failure.itemId() : null,
        failure.title(),
        failureKind(failure.failure()),
        side,
        "Could not be read from " + name(side) + ": " + failure.failure().reason(),
        at);
  }

  /**
   * The history entries of the changes read: echoes, new items outside the window, overruled
   * booking edits, and items that could not be read. A full read lists every item, not only the
   * changed ones: its echoes are no news, and the items outside the window are told only on the
   * first read, not again each time the window moves on.
   */
  static List<ItemEvent> read(Plan plan, ExchangeReader exchange, CrmReader crm, Instant now) {
    List<ItemEvent> events = new ArrayList<>();
    for (Notice notice : plan.notices()) {
      boolean listedOnly =
          notice.side() == Side.EXCHANGE
              && exchange.fullRead
              && switch (notice.kind()) {
                case ECHO -> true;
                case OUTSIDE_WINDOW -> !exchange.firstRead;
                case BOOKING_EDIT_REJECTED -> false;
              };
      if (!listedOnly) {
        events.add(noticed(notice, now));
      }
    }
    List<ItemFailure> unread = new ArrayList<>(exchange.skipped);
    unread.addAll(exchange.failures);
    unread.addAll(crm.failures);
    unread.stream()
        .filter(failure -> !failure.itemId().isEmpty())
        .forEach(failure -> events.add(readFailed(failure, now)));
    return events;
  }

  /** The deletions a run held back because the mass-delete guard stopped it. */
  static List<ItemEvent> held(Plan plan, Alert alert) {
    return plan.actions().stream()
        .filter(ItemEvents::deletes)
        .map(
            action ->
                of(
                    action,
                    ItemEventKind.MASS_DELETE_HELD,
                    alert.side(),
                    "Not deleted: the run would have deleted "
                        + alert.wouldDelete()
                        + " of "
                        + alert.mapped()
                        + " synced items, more than the link's limit; see the alert.",
                    alert.at()))
        .toList();
  }

  private static boolean deletes(Action action) {
    return switch (action.decision()) {
      case DELETE_IN_CRM, DELETE_IN_EXCHANGE, REMOVE_FROM_FOLDER -> true;
      case NOTHING,
          CREATE_IN_CRM,
          CREATE_IN_EXCHANGE,
          MATCH,
          UPDATE_CRM,
          UPDATE_EXCHANGE,
          RESOLVE_CONFLICT,
          RECREATE_IN_CRM,
          RECREATE_IN_EXCHANGE,
          FORGET,
          UNLINK,
          INCONSISTENT ->
          false;
    };
  }

  static ItemEvent noticed(Notice notice, Instant at) {
    Side side = notice.side();
    return switch (notice.kind()) {
      case ECHO ->
          notice(
              notice,
              ItemEventKind.ECHO_DROPPED,
              "The change " + name(side) + " reported was Exsync's own write; nothing to do.",
              at);
      case OUTSIDE_WINDOW ->
          notice(
              notice,
              ItemEventKind.OUTSIDE_WINDOW,
              "New in " + name(side) + " but outside the link's sync window; not synced.",
              at);
      case BOOKING_EDIT_REJECTED ->
          notice(
              notice,
              ItemEventKind.BOOKING_EDIT_REJECTED,
              (side == Side.CRM
                      ? "The meeting is organized by someone else"
                      : "The meeting is a booking organized in SuperOffice")
                  + ", so only the organizer's side counts: the change to the copy in "
                  + name(side)
                  + " was not synced and the copy follows the organizer.",
              at);
    };
  }

  private static ItemEvent notice(Notice notice, ItemEventKind kind, String detail, Instant at) {
    return new ItemEvent(
        notice.crmId(), notice.exchangeId(), notice.title(), kind, notice.side(), detail, at);
  }

  private static ItemEventKind failureKind(Failure failure) {
    return failure.kind() == FailureKind.THROTTLED ? ItemEventKind.THROTTLED : ItemEventKind.FAILED;
  }

  private static String failureDetail(Side side, Failure failure) {
    if (failure.kind() == FailureKind.THROTTLED) {
      return name(side) + " asked Exsync to slow down; the item is tried again on a later run.";
    }
    String fix = failure.fix() == null ? "" : " " + failure.fix();
    return "Writing to " + name(side) + " failed: " + failure.reason() + fix;
  }

  static String name(Side side) {
    return side == Side.CRM ? "SuperOffice" : "Exchange";
  }

  private static Side other(Side side) {
    return side == Side.CRM ? Side.EXCHANGE : Side.CRM;
  }

  private static String rule(ConflictPolicy policy) {
    return switch (policy) {
      case LAST_MODIFIED_WINS -> "last modified wins";
      case CRM_WINS -> "SuperOffice wins";
      case EXCHANGE_WINS -> "Exchange wins";
    };
  }
}
