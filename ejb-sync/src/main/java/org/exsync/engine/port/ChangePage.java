package org.exsync.engine.port;

import java.util.List;
import org.exsync.engine.item.SourceItem;

/**
 * One page of Exchange changes since a sync state: items created or changed (read in full), ids of
 * items deleted, the sync state to continue from, and whether more changes wait.
 */
public record ChangePage(
    List<SourceItem> changed, List<String> deletedIds, String syncState, boolean moreAvailable) {

  public ChangePage {
    changed = List.copyOf(changed);
    deletedIds = List.copyOf(deletedIds);
  }
}
