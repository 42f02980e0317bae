package org.exsync.sandbox.superoffice.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The OData options of one list request. Option names match case-insensitively ({@code $orderBy}
 * and {@code $orderby} both work, as on the real server).
 *
 * @param select the columns asked for, empty for the archive's defaults
 * @param filter the parsed filter conditions, all of which must hold
 * @param orderBy sort keys in order
 * @param top the page size, or -1 for all rows
 * @param skip how many rows to skip
 */
public record ODataQuery(
    List<String> select, List<Condition> filter, List<SortKey> orderBy, int top, int skip) {

  /** One {@code $orderBy} key. */
  public record SortKey(String column, boolean descending) {}

  /**
   * The integer a {@code column eq N} condition pins the column to, if the filter has one. Every
   * condition must hold, so rows without that value can be left out before filtering; a value that
   * is not an integer pins nothing here and is reported when the filter is compiled.
   */
  public OptionalInt pinnedInt(String column) {
    for (Condition condition : filter) {
      if (condition.operator() == Condition.Operator.EQ
          && condition.column().equalsIgnoreCase(column)) {
        try {
          return OptionalInt.of(Integer.parseInt(condition.operands().get(0).trim()));
        } catch (NumberFormatException e) {
          return OptionalInt.empty();
        }
      }
    }
    return OptionalInt.empty();
  }

  public static ODataQuery from(Map<String, String> parameters) {
    Map<String, String> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    options.putAll(parameters);
    String filter = options.getOrDefault("$filter", "").trim();
    return new ODataQuery(
        names(options.get("$select")),
        filter.isEmpty() ? List.of() : FilterParser.parse(filter),
        sortKeys(options.get("$orderBy")),
        count(options, "$top", -1),
        count(options, "$skip", 0));
  }

  private static List<String> names(String list) {
    List<String> names = new ArrayList<>();
    if (list != null) {
      for (String name : list.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    return names;
  }

  private static List<SortKey> sortKeys(String list) {
    List<SortKey> keys = new ArrayList<>();
    for (String key : names(list)) {
      String[] parts = key.split("\\s+");
      if (parts.length > 2) {
        throw new ODataException("Cannot read $orderBy key '" + key + "'");
      }
      String direction = parts.length == 2 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
      if (!direction.equals("asc") && !direction.equals("desc")) {
        throw new ODataException("$orderBy direction must be asc or desc, was '" + parts[1] + "'");
      }
      keys.add(new SortKey(parts[0], direction.equals("desc")));
    }
    return keys;
  }

  private static int count(Map<String, String> options, String name, int absent) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int count = Integer.parseInt(value.trim());
      if (count < 0) {
        throw new NumberFormatException(value);
      }
      return count;
    } catch (NumberFormatException e) {
      throw new ODataException(name + " must be a non-negative integer, was '" + value + "'");
    }
  }
}
