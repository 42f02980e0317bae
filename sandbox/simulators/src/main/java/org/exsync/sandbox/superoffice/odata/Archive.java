package org.exsync.sandbox.superoffice.odata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * An archive provider: the entity name its rows carry, their primary key, the columns it knows and
 * the ones it shows when a query selects none.
 */
public final class Archive<T> {

  private final String entityName;
  private final ToIntFunction<T> primaryKey;
  private final Map<String, Column<T>> columns = new LinkedHashMap<>();
  private final List<String> defaults = new ArrayList<>();

  public Archive(String entityName, ToIntFunction<T> primaryKey) {
    this.entityName = entityName;
    this.primaryKey = primaryKey;
  }

  /** Adds a column shown by default. */
  public Archive<T> column(Column<T> column) {
    columns.put(column.name().toLowerCase(Locale.ROOT), column);
    defaults.add(column.name());
    return this;
  }

  /** Adds a column shown only when selected. */
  public Archive<T> extra(Column<T> column) {
    columns.put(column.name().toLowerCase(Locale.ROOT), column);
    return this;
  }

  public String entityName() {
    return entityName;
  }

  public int primaryKey(T row) {
    return primaryKey.applyAsInt(row);
  }

  /** Column names are matched case-insensitively, as the archive does. */
  public Optional<Column<T>> find(String name) {
    return Optional.ofNullable(columns.get(name.toLowerCase(Locale.ROOT)));
  }

  public Column<T> require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new ODataException(
                    "Unknown column '" + name + "' in archive provider for " + entityName));
  }

  public List<String> defaultColumns() {
    return List.copyOf(defaults);
  }
}
