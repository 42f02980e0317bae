package org.exsync.engine.store;

import java.time.Instant;
import java.util.Objects;
import org.exsync.domain.run.Side;

/**
 * One entry of an item's history, committed with the batch whose decision it records. The item's
 * kind is its pair's.
 *
 * @param crmId the SuperOffice id, or null when the item is not known there
 * @param exchangeId the Exchange id, or null when the item is not known there
 * @param subject the item's title as last read, empty if it could not be read
 * @param kind what happened
 * @param side the side written, held back or failing; null when the event concerns both
 * @param detail why, in the admin's words
 * @param at when
 */
public record ItemEvent(
    String crmId,
    String exchangeId,
    String subject,
    ItemEventKind kind,
    Side side,
    String detail,
    Instant at) {

  public ItemEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (crmId == null && exchangeId == null) {
      throw new IllegalArgumentException("An item event needs the CRM id or the Exchange id");
    }
    subject = subject == null ? "" : subject;
    detail = detail == null ? "" : detail;
  }
}
