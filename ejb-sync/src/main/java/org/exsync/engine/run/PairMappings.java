package org.exsync.engine.run;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.plan.Action;
import org.exsync.engine.plan.Resolution;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.exsync.engine.store.ConflictRecord;
import org.exsync.engine.store.MappingRecord;

/**
 * The mapping an action leaves (each side's id, version and hash after its writes), and the record
 * of a conflict it settled.
 */
final class PairMappings {

  /** Stands for a hash no content has, so the side counts as changed next run. */
  static final String UNSETTLED = "unsettled";

  private PairMappings() {}

  /**
   * After the writes: a written side holds what was written (with the version it answered), the
   * other side what was read from it, or else what the mapping knew.
   *
   * @param synced the content both sides now stand for, kept as the snapshot: what was meant for
   *     SuperOffice before it took the form it holds, so that fields only Exchange keeps are not
   *     lost from the snapshot
   */
  static MappingRecord written(
      Action action,
      WriteReceipt crmReceipt,
      CanonicalItem toCrm,
      WriteReceipt exchangeReceipt,
      CanonicalItem toExchange,
      CanonicalItem synced,
      Instant now) {
    CanonicalItem content = synced;
    if (content == null) {
      content = action.crmContent().or(action::exchangeContent).orElseThrow();
    }
    return new MappingRecord(
        crmReceipt != null ? crmReceipt.id() : action.crmId(),
        crmReceipt != null ? crmReceipt.version() : action.crmVersion(),
        crmReceipt != null ? toCrm.contentHash() : crmHash(action),
        exchangeReceipt != null ? exchangeReceipt.id() : action.exchangeId(),
        exchangeReceipt != null ? exchangeReceipt.version() : action.exchangeVersion(),
        exchangeReceipt != null ? toExchange.contentHash() : exchangeHash(action),
        ItemSnapshots.write(content),
        now,
        origin(action, crmReceipt, exchangeReceipt));
  }

  /**
   * A stored pair keeps where it began; a new one began on the side that was not written to, or on
   * both when the initial sync matched two existing items.
   */
  private static ItemOrigin origin(
      Action action, WriteReceipt crmReceipt, WriteReceipt exchangeReceipt) {
    if (action.mapping() != null) {
      return action.mapping().origin();
    }
    if (exchangeReceipt != null && action.exchangeId() == null) {
      return ItemOrigin.CRM;
    }
    if (crmReceipt != null && action.crmId() == null) {
      return ItemOrigin.EXCHANGE;
    }
    return ItemOrigin.BOTH;
  }

  /**
   * A match whose difference could not be written is linked all the same, so neither side is
   * created again. Unless the write was rejected for good, the side whose content did not arrive
   * elsewhere is stored as unsettled, so next run it counts as changed and is written again.
   *
   * @param crmWriteRetried the write to SuperOffice failed and is to be tried again
   * @param exchangeWriteRetried the write to Exchange failed and is to be tried again
   */
  static MappingRecord unsettled(
      Action action, boolean crmWriteRetried, boolean exchangeWriteRetried, Instant now) {
    SourceItem crm = action.crm().item();
    SourceItem exchange = action.exchange().item();
    return new MappingRecord(
        crm.id(),
        crm.version(),
        exchangeWriteRetried ? UNSETTLED : crm.contentHash(),
        exchange.id(),
        exchange.version(),
        crmWriteRetried ? UNSETTLED : exchange.contentHash(),
        ItemSnapshots.write(crm.content()),
        now,
        action.mapping() != null ? action.mapping().origin() : ItemOrigin.BOTH);
  }

  /** The same pair with the versions read now, when a side moved on without a content change. */
  static Optional<MappingRecord> refreshed(Action action) {
    MappingRecord m = action.mapping();
    if (m == null
        || (m.crmVersion().equals(action.crmVersion())
            && m.exchangeVersion().equals(action.exchangeVersion()))) {
      return Optional.empty();
    }
    return Optional.of(
        new MappingRecord(
            m.crmId(),
            action.crmVersion(),
            m.crmHash(),
            action.exchangeId(),
            action.exchangeVersion(),
            m.exchangeHash(),
            m.snapshot(),
            m.syncedAt(),
            m.origin()));
  }

  private static String crmHash(Action action) {
    SourceItem item = action.crm().item();
    return item != null ? item.contentHash() : action.mapping().crmHash();
  }

  private static String exchangeHash(Action action) {
    SourceItem item = action.exchange().item();
    return item != null ? item.contentHash() : action.mapping().exchangeHash();
  }

  /** Both versions of an item changed on both sides, and what the writes left on both. */
  static ConflictRecord conflict(
      Action action, Resolution resolution, ConflictPolicy policy, Instant now) {
    CanonicalItem crm = action.crm().item().content();
    CanonicalItem exchange = action.exchange().item().content();
    return new ConflictRecord(
        action.crmId(),
        action.exchangeId(),
        action.title(),
        ItemSnapshots.write(crm),
        ItemSnapshots.write(exchange),
        policy,
        resolution.outcome(),
        ItemSnapshots.write(resolution.result(crm, exchange)),
        now);
  }
}
