package org.exsync.sandbox.superoffice.store;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Rows of one kind by primary key, in key order. Readers need no lock; writers take turns, so an
 * update runs atomically per row and the optional index always moves with the rows. An exception
 * thrown by the update leaves the row as it was, which is how a refused conditional update is
 * expressed.
 */
public final class Table<T extends Row> {

  private final ConcurrentSkipListMap<Integer, T> rows = new ConcurrentSkipListMap<>();
  private final AtomicInteger lastId = new AtomicInteger();

  /** Rows grouped by one property, or {@code null} for a table without an index. */
  private final RowIndex<T> index;

  /** A table without an index: every query visits every row. */
  public Table() {
    this.index = null;
  }

  private Table(RowIndex<T> index) {
    this.index = index;
  }

  /** A table that also groups its rows by one int property, for {@link #rowsWith}. */
  public static <T extends Row> Table<T> indexedBy(ToIntFunction<T> property) {
    return new Table<>(new RowIndex<>(property));
  }

  public Optional<T> get(int id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** All rows in key order; a live view, weakly consistent under concurrent change. */
  public Collection<T> all() {
    return rows.values();
  }

  /**
   * The rows whose indexed property has this value, in key order: the same rows, in the same order,
   * as filtering {@link #all} on it. A live view, weakly consistent under concurrent change.
   */
  public Collection<T> rowsWith(int value) {
    if (index == null) {
      throw new IllegalStateException("This table has no index; create it with Table.indexedBy");
    }
    return index.rows(value);
  }

  public int size() {
    return rows.size();
  }

  /** Stores a row under the next free key, which the factory receives. */
  public synchronized T insert(IntFunction<T> factory) {
    T row = factory.apply(lastId.incrementAndGet());
    store(row);
    return row;
  }

  /** Stores a row with a key chosen by the caller, as seeding does. */
  public synchronized void put(T row) {
    store(row);
    lastId.accumulateAndGet(row.id(), Math::max);
  }

  /** The updated row, or empty when there is no row with this key. */
  public synchronized Optional<T> update(int id, UnaryOperator<T> change) {
    return get(id).map(change).map(this::store);
  }

  public synchronized Optional<T> remove(int id) {
    T row = rows.remove(id);
    if (row != null && index != null) {
      index.remove(row);
    }
    return Optional.ofNullable(row);
  }

  public synchronized void clear() {
    rows.clear();
    if (index != null) {
      index.clear();
    }
    lastId.set(0);
  }

  /** Writes a row, new or replacing the one with its key; callers hold the lock. */
  private T store(T row) {
    T before = rows.put(row.id(), row);
    if (index != null) {
      if (before == null) {
        index.add(row);
      } else {
        index.replace(before, row);
      }
    }
    return row;
  }
}
