package org.exsync.sandbox.superoffice.odata;

import java.time.ZoneId;
import java.util.function.BiFunction;

/**
 * One archive column: its name as OData uses it, its type and how to read it from a row. Date-time
 * columns receive the zone the request shows diary times in.
 */
public record Column<T>(String name, ColumnType type, BiFunction<T, ZoneId, Object> reader) {

  public Object read(T row, ZoneId zone) {
    return reader.apply(row, zone);
  }
}
