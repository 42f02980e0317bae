package org.exsync.application.history;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.mapping.SyncItemEvent;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.store.ItemEventKind;

/**
 * One entry of an item's history as the admin reads it.
 *
 * @param id the event's id
 * @param linkId the link whose run recorded it
 * @param itemKind diary, task or contact
 * @param crmId the SuperOffice id, if known
 * @param exchangeId the Exchange id, if known
 * @param subject the item's title
 * @param event what happened
 * @param side the side concerned, if one
 * @param detail why
 * @param at when
 */
public record ItemHistoryEntry(
    long id,
    long linkId,
    ItemKind itemKind,
    Optional<String> crmId,
    Optional<String> exchangeId,
    String subject,
    ItemEventKind event,
    Optional<Side> side,
    String detail,
    Instant at) {

  static ItemHistoryEntry of(SyncItemEvent event) {
    return new ItemHistoryEntry(
        event.getId(),
        event.getPair().linkId(),
        event.getPair().kind(),
        event.getCrmId(),
        event.getExchangeId(),
        event.getSubject(),
        ItemEventKind.valueOf(event.getEventKind()),
        event.getSide(),
        event.getDetail(),
        event.getOccurredAt());
  }
}
