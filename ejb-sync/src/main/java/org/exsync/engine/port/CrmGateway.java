package org.exsync.engine.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;

/**
 * The port to SuperOffice, one per tenant. It is safe to share between threads and keeps the
 * tenant's request rate within its limit by itself.
 */
public interface CrmGateway {

  /**
   * The item as SuperOffice will hold it once written: what it cannot represent (a reminder off the
   * minute, say) brought to the nearest it can. The engine writes this form and remembers its hash,
   * so reading the item back is no change and the other side is not rewritten with it.
   */
  default CanonicalItem asHeld(CanonicalItem item) {
    return item;
  }

  /** All associates with the e-mail address SuperOffice holds for each. */
  Outcome<List<CrmAssociate>> associates();

  /** The tenant's base time zone, in which SuperOffice states diary times without an offset. */
  Outcome<ZoneId> baseZone();

  Outcome<List<CrmSelection>> selections();

  /** Items in the scope changed after the watermark; null asks for all of them. */
  Outcome<CrmChanges> changes(CrmScope scope, Instant since);

  /**
   * Items in the scope changed after the watermark, where an item still at the version Exsync
   * synced last may be left out: the engine takes an item it was not told of as unchanged. A
   * gateway that can tell an item's version from its list need not read such an item at all; this
   * default reads them all, as {@link #changes(CrmScope, Instant)} does.
   *
   * @param synced the version each synced item had after the last sync, by id
   */
  default Outcome<CrmChanges> changes(CrmScope scope, Instant since, Map<String, String> synced) {
    return changes(scope, since);
  }

  /**
   * The ids of every item in the scope now, to find deletions by comparing with what was synced.
   */
  Outcome<Set<String>> presentIds(CrmScope scope);

  /**
   * The changes {@link #changes(CrmScope, Instant, Map)} reports and the ids {@link #presentIds}
   * lists, together. A gateway whose list of a scope's ids also shows each item's version can find
   * both in that one list, where asking for each lists the scope twice; this default asks for each.
   */
  default Outcome<CrmScan> scan(CrmScope scope, Instant since, Map<String, String> synced) {
    return changes(scope, since, synced)
        .then(changes -> presentIds(scope).map(ids -> new CrmScan(changes, ids)));
  }

  Outcome<ItemResults<SourceItem>> read(ItemKind kind, List<String> ids);

  /**
   * Creates items owned by the scope's associate. SuperOffice selections cannot be changed through
   * the API, so a person created for a selection scope is the associate's own.
   */
  Outcome<ItemResults<WriteReceipt>> create(CrmScope scope, List<CanonicalItem> items);

  /** Writes changes conditionally: a newer version in SuperOffice is a CONFLICT. */
  Outcome<ItemResults<WriteReceipt>> update(ItemKind kind, List<ItemUpdate> updates);

  /**
   * Writes changes of items of the scope conditionally, as {@link #update(ItemKind, List)} does. A
   * gateway may take what the scope says of every item in it (the associate whose diary it is) as
   * what the item still says, since a conditional write of an item changed since then is a CONFLICT
   * anyway; this default writes as {@link #update(ItemKind, List)}.
   */
  default Outcome<ItemResults<WriteReceipt>> update(CrmScope scope, List<ItemUpdate> updates) {
    return update(scope.kind(), updates);
  }

  Outcome<ItemResults<String>> delete(ItemKind kind, List<ItemRef> items);
}
