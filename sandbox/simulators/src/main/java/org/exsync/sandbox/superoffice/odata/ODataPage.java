package org.exsync.sandbox.superoffice.odata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs an {@link ODataQuery} over an archive's rows and writes the Web API's list shape: {@code
 * odata.metadata}, {@code odata.nextLink} while more rows exist, and {@code value} with one object
 * per row holding {@code PrimaryKey}, {@code EntityName} and the selected columns.
 *
 * @param body the JSON to send
 * @param rows how many rows it holds, for the latency model
 */
public record ODataPage(JsonObject body, int rows) {

  /**
   * Made once: each {@code Json.createObjectBuilder()} looks the JSON provider up through the
   * service loader again, which cost more than the rest of a 200-row page.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  /**
   * @param pageUrl the absolute URL of this list without its query, for the next link
   * @param metadataUrl the absolute URL of the archive metadata
   * @param nextQuery builds the next page's query string from the next {@code $skip}
   */
  public static <T> ODataPage of(
      Archive<T> archive,
      Collection<T> rows,
      ODataQuery query,
      ZoneId zone,
      String pageUrl,
      String metadataUrl,
      java.util.function.IntFunction<String> nextQuery) {
    List<Column<T>> columns = selected(archive, query);
    Predicate<T> filter = FilterCompiler.compile(query.filter(), archive, zone);
    Stream<T> matching = rows.stream().filter(filter);
    if (!query.orderBy().isEmpty()) {
      matching = matching.sorted(order(archive, query, zone));
    }
    matching = matching.skip(query.skip());
    if (query.top() >= 0) {
      matching = matching.limit(query.top() + 1L);
    }
    List<T> page = new ArrayList<>(matching.toList());
    boolean more = query.top() >= 0 && page.size() > query.top();
    if (more) {
      page.remove(page.size() - 1);
    }
    JsonArrayBuilder values = JSON.createArrayBuilder();
    for (T row : page) {
      values.add(row(archive, columns, row, zone));
    }
    JsonObjectBuilder body = JSON.createObjectBuilder().add("odata.metadata", metadataUrl);
    if (more) {
      body.add("odata.nextLink", pageUrl + "?" + nextQuery.apply(query.skip() + query.top()));
    }
    return new ODataPage(body.add("value", values).build(), page.size());
  }

  private static <T> List<Column<T>> selected(Archive<T> archive, ODataQuery query) {
    List<String> names = query.select().isEmpty() ? archive.defaultColumns() : query.select();
    return names.stream().map(archive::require).toList();
  }

  private static <T> Comparator<T> order(Archive<T> archive, ODataQuery query, ZoneId zone) {
    Comparator<T> order = null;
    for (ODataQuery.SortKey key : query.orderBy()) {
      Column<T> column = archive.require(key.column());
      Comparator<T> next =
          Comparator.comparing(
              (T row) -> sortable(column.read(row, zone)),
              Comparator.nullsFirst(Comparator.naturalOrder()));
      next = key.descending() ? next.reversed() : next;
      order = order == null ? next : order.thenComparing(next);
    }
    return order.thenComparingInt(archive::primaryKey);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparable<Object> sortable(Object value) {
    if (value instanceof String text) {
      return (Comparable) text.toLowerCase(java.util.Locale.ROOT);
    }
    return (Comparable<Object>) value;
  }

  private static <T> JsonObject row(
      Archive<T> archive, List<Column<T>> columns, T row, ZoneId zone) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("PrimaryKey", archive.primaryKey(row))
            .add("EntityName", archive.entityName());
    for (Column<T> column : columns) {
      Object value = column.read(row, zone);
      if (value == null) {
        json.addNull(column.name());
      } else if (value instanceof Integer number) {
        json.add(column.name(), number);
      } else if (value instanceof Boolean flag) {
        json.add(column.name(), flag);
      } else if (value instanceof LocalDateTime time) {
        json.add(column.name(), WireDates.format(time));
      } else {
        json.add(column.name(), value.toString());
      }
    }
    return json.build();
  }
}
