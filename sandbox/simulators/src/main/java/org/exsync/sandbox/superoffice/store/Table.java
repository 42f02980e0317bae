package org.exsync.sandbox.superoffice.store;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Rows of one kind by primary key, in key order, safe for concurrent readers and writers. An update
 * runs atomically per row; an exception thrown by the update leaves the row as it was, which is how
 * a refused conditional update is expressed.
 */
public final class Table<T extends Row> {

  private final ConcurrentSkipListMap<Integer, T> rows = new ConcurrentSkipListMap<>();
  private final AtomicInteger lastId = new AtomicInteger();

  public Optional<T> get(int id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** All rows in key order; a live view, weakly consistent under concurrent change. */
  public Collection<T> all() {
    return rows.values();
  }

  public int size() {
    return rows.size();
  }

  /** Stores a row under the next free key, which the factory receives. */
  public T insert(IntFunction<T> factory) {
    T row = factory.apply(lastId.incrementAndGet());
    rows.put(row.id(), row);
    return row;
  }

  /** Stores a row with a key chosen by the caller, as seeding does. */
  public void put(T row) {
    rows.put(row.id(), row);
    lastId.accumulateAndGet(row.id(), Math::max);
  }

  /** The updated row, or empty when there is no row with this key. */
  public Optional<T> update(int id, UnaryOperator<T> change) {
    return Optional.ofNullable(rows.computeIfPresent(id, (key, row) -> change.apply(row)));
  }

  public Optional<T> remove(int id) {
    return Optional.ofNullable(rows.remove(id));
  }

  public void clear() {
    rows.clear();
    lastId.set(0);
  }
}
