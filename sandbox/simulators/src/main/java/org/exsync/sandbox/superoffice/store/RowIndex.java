package org.exsync.sandbox.superoffice.store;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.ToIntFunction;

/**
 * A table's rows grouped by one int property (an appointment's owner), each group in key order like
 * the table itself, so that a query pinned to one value visits only that group. The owning table
 * serializes writes; readers need no lock.
 */
final class RowIndex<T extends Row> {

  private final ToIntFunction<T> property;
  private final ConcurrentHashMap<Integer, ConcurrentSkipListMap<Integer, T>> groups =
      new ConcurrentHashMap<>();

  RowIndex(ToIntFunction<T> property) {
    this.property = property;
  }

  /** The rows holding this value, in key order; a live view, weakly consistent under change. */
  Collection<T> rows(int value) {
    ConcurrentSkipListMap<Integer, T> group = groups.get(value);
    return group == null ? List.of() : group.values();
  }

  void add(T row) {
    groups
        .computeIfAbsent(property.applyAsInt(row), value -> new ConcurrentSkipListMap<>())
        .put(row.id(), row);
  }

  /**
   * Moves a row to its new group, adding it there before removing it from the old one: a reader may
   * briefly find it in both (the query's filter still tests every row), never in neither.
   */
  void replace(T before, T after) {
    add(after);
    int was = property.applyAsInt(before);
    if (was != property.applyAsInt(after)) {
      groups.get(was).remove(before.id());
    }
  }

  void remove(T row) {
    ConcurrentSkipListMap<Integer, T> group = groups.get(property.applyAsInt(row));
    if (group != null) {
      group.remove(row.id());
    }
  }

  void clear() {
    groups.clear();
  }
}
