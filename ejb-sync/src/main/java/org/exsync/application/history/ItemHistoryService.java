package org.exsync.application.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.exsync.application.AdminRole;
import org.exsync.domain.mapping.ItemEventQuery;
import org.exsync.domain.mapping.ItemEventRepository;
import org.exsync.engine.store.ItemEventKind;

/** Searches the history of synced items, newest first, a page at a time. */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class ItemHistoryService {

  /** The most entries one page may ask for. */
  public static final int MAX_PAGE = 200;

  @Inject private ItemEventRepository events;

  /**
   * One page of the history.
   *
   * @param linkId only this link's items, or null for all links
   * @param text a part of the subject, or a whole SuperOffice or Exchange id; null or blank for all
   * @param kind only this kind of event, or null for all
   * @param first the index of the first entry, from 0
   * @param max how many entries at most, 1 to {@value #MAX_PAGE}
   */
  public ItemHistoryResult search(
      Long linkId, String text, ItemEventKind kind, int first, int max) {
    if (first < 0) {
      throw new IllegalArgumentException("The first entry must be 0 or more, got " + first);
    }
    if (max < 1 || max > MAX_PAGE) {
      throw new IllegalArgumentException(
          "A page holds 1 to " + MAX_PAGE + " entries, asked for " + max);
    }
    ItemEventQuery query = new ItemEventQuery(linkId, text, kind == null ? null : kind.name());
    long total = events.count(query);
    List<ItemHistoryEntry> entries =
        total == 0
            ? List.of()
            : events.search(query, first, max).stream().map(ItemHistoryEntry::of).toList();
    return new ItemHistoryResult(entries, total);
  }
}
