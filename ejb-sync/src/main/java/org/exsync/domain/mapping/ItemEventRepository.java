package org.exsync.domain.mapping;

import java.time.Instant;
import java.util.List;

/** The history of synced items. */
public interface ItemEventRepository {

  void add(SyncItemEvent event);

  /** The events the query asks for, newest first, from the first'th on and at most max. */
  List<SyncItemEvent> search(ItemEventQuery query, int first, int max);

  /** How many events the query finds. */
  long count(ItemEventQuery query);

  /** Removes the link's events older than before; answers how many. */
  int pruneOfLink(long linkId, Instant before);
}
