package org.exsync.application.history;

import java.util.List;

/**
 * One page of an item history search.
 *
 * @param entries the page's entries, newest first
 * @param total how many entries the whole search finds
 */
public record ItemHistoryResult(List<ItemHistoryEntry> entries, long total) {

  public ItemHistoryResult {
    entries = List.copyOf(entries);
  }
}
