package org.exsync.engine.plan;

import java.util.Optional;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.exsync.engine.store.MappingRecord;

/**
 * One item pair and what to do with it.
 *
 * @param decision what to do
 * @param mapping the pair's mapping; null for an item new on both sides or one
 * @param crm how the SuperOffice side changed
 * @param exchange how the Exchange side changed
 */
public record Action(
    Decision decision, MappingRecord mapping, SideChange crm, SideChange exchange) {

  /** The same pair with another decision. */
  public Action with(Decision other) {
    return new Action(other, mapping, crm, exchange);
  }

  /** The last synced content, if the pair has a readable snapshot. */
  public Optional<CanonicalItem> snapshot() {
    return mapping == null ? Optional.empty() : ItemSnapshots.tryRead(mapping.snapshot());
  }

  /** SuperOffice's content: as read now, or else as last synced. */
  public Optional<CanonicalItem> crmContent() {
    return crm.item() != null ? Optional.of(crm.item().content()) : snapshot();
  }

  /** Exchange's content: as read now, or else as last synced. */
  public Optional<CanonicalItem> exchangeContent() {
    return exchange.item() != null ? Optional.of(exchange.item().content()) : snapshot();
  }

  public String crmId() {
    return crm.item() != null ? crm.item().id() : mapping == null ? null : mapping.crmId();
  }

  public String exchangeId() {
    return exchange.item() != null
        ? exchange.item().id()
        : mapping == null ? null : mapping.exchangeId();
  }

  /** SuperOffice's version to write against: as read now, or else as last synced. */
  public String crmVersion() {
    SourceItem item = crm.item();
    return item != null ? item.version() : mapping == null ? null : mapping.crmVersion();
  }

  public String exchangeVersion() {
    SourceItem item = exchange.item();
    return item != null ? item.version() : mapping == null ? null : mapping.exchangeVersion();
  }

  /** The item's title for the admin. */
  public String title() {
    return crmContent().or(this::exchangeContent).map(CanonicalItem::title).orElse("");
  }
}
