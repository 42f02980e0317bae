package org.exsync.engine.port;

import java.util.List;
import java.util.Map;
import org.exsync.engine.item.SourceItem;

/**
 * One page of Exchange changes since a sync state: items created or changed (read in full), ids of
 * items deleted, the sync state to continue from, and whether more changes wait. An item that
 * changed but cannot be kept in step (a series rule Exsync does not know, say) is listed in {@code
 * unreadable} with its REJECTED failure, so the page still moves on and the admin still sees it.
 */
public record ChangePage(
    List<SourceItem> changed,
    List<String> deletedIds,
    String syncState,
    boolean moreAvailable,
    Map<String, Failure> unreadable) {

  public ChangePage {
    changed = List.copyOf(changed);
    deletedIds = List.copyOf(deletedIds);
    unreadable = unreadable == null ? Map.of() : Map.copyOf(unreadable);
  }

  /** A page in which every changed item could be read. */
  public ChangePage(
      List<SourceItem> changed, List<String> deletedIds, String syncState, boolean moreAvailable) {
    this(changed, deletedIds, syncState, moreAvailable, Map.of());
  }
}
