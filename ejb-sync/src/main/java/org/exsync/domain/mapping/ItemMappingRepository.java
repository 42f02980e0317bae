package org.exsync.domain.mapping;

import java.util.List;
import java.util.Optional;

/** The item pairs of every link. */
public interface ItemMappingRepository {

  /** Every mapping of a sync pair, in no order. */
  List<ItemMapping> listByPair(SyncPair pair);

  Optional<ItemMapping> findByCrmId(SyncPair pair, String crmId);

  /** How many items a link keeps in step, over all its pairs. */
  long countByLink(long linkId);

  /**
   * Stores a new mapping.
   *
   * @throws org.exsync.domain.DuplicateEntityException if the pair already maps that CRM id
   */
  void add(ItemMapping mapping);

  void remove(ItemMapping mapping);

  /** Forgets every mapping of a link, for an unlink that keeps the items on both sides. */
  int removeByLink(long linkId);
}
