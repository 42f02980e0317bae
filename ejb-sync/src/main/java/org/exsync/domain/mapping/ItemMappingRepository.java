package org.exsync.domain.mapping;

import java.util.List;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;

/** The item pairs of every link. */
public interface ItemMappingRepository {

  Optional<ItemMapping> findById(long id);

  Optional<ItemMapping> findByCrmId(SyncLink link, ItemKind kind, int crmId);

  Optional<ItemMapping> findByExchangeId(SyncLink link, ItemKind kind, String exchangeId);

  /** Every mapping of a link and kind, tombstones included, by CRM id. */
  List<ItemMapping> listByLinkAndKind(SyncLink link, ItemKind kind);

  /** How many mappings of a link and kind are in a state, for example to cap deletions. */
  long countByLinkKindAndState(SyncLink link, ItemKind kind, MappingState state);

  /**
   * Stores a new mapping.
   *
   * @throws org.exsync.domain.DuplicateEntityException if the link already maps that CRM id or that
   *     Exchange id for the kind
   */
  void add(ItemMapping mapping);
}
