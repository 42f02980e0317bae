package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.http.ApiRequest;
import org.exsync.infrastructure.superoffice.http.Reply;
import org.exsync.infrastructure.superoffice.http.WebApiClient;

/**
 * Reads a whole OData list: {@code $select}, {@code $filter}, {@code $orderBy} and pages of {@code
 * $top} rows, following {@code odata.nextLink} until the server stops sending one.
 */
final class ODataLister {

  /**
   * Rows a page: as many as the Swagger's own example of the lists asks for ({@code $top=1000}). A
   * pair's scope is listed whole every cycle, with three short columns a row, so a larger page
   * saves a request for each page it spares and costs little more to serve; at 200 a diary of a few
   * hundred rows took three requests every cycle.
   */
  static final int PAGE = 1000;

  private final WebApiClient api;
  private final int page;

  ODataLister(WebApiClient api) {
    this(api, PAGE);
  }

  ODataLister(WebApiClient api, int page) {
    this.api = api;
    this.page = page;
  }

  /**
   * @param resource such as {@code Appointment} or {@code Selection/12/Members}
   * @param filter the {@code $filter} expression, or empty
   */
  Outcome<List<JsonObject>> all(String resource, String select, String filter, String orderBy) {
    return list(resource, select, filter, orderBy).map(Listing::rows);
  }

  /**
   * Every row of a list and the earliest time any of its pages can have been read at.
   *
   * @param notBefore null when a page's answer had no date
   */
  record Listing(List<JsonObject> rows, Instant notBefore) {}

  Outcome<Listing> list(String resource, String select, String filter, String orderBy) {
    StringBuilder target = new StringBuilder(resource).append("?$select=").append(encode(select));
    if (!filter.isEmpty()) {
      target.append("&$filter=").append(encode(filter));
    }
    if (!orderBy.isEmpty()) {
      target.append("&$orderBy=").append(encode(orderBy));
    }
    target.append("&$top=").append(page);
    List<JsonObject> rows = new ArrayList<>();
    Instant notBefore = Instant.MAX;
    String next = target.toString();
    while (next != null) {
      Outcome<Reply> reply = api.call(ApiRequest.get(next));
      Outcome<JsonObject> page = reply.then(Reply::json);
      if (!page.isDone()) {
        return Outcome.failed(page.failure().orElseThrow());
      }
      Instant read = reply.value().readNotBefore();
      if (notBefore != null) {
        notBefore = read == null || read.isBefore(notBefore) ? read : notBefore;
      }
      JsonValue values = page.value().get("value");
      if (values != null && values.getValueType() == JsonValue.ValueType.ARRAY) {
        values.asJsonArray().forEach(v -> rows.add(v.asJsonObject()));
      }
      JsonValue link = page.value().get("odata.nextLink");
      next = link instanceof jakarta.json.JsonString text ? text.getString() : null;
    }
    return Outcome.done(new Listing(rows, notBefore));
  }

  /** An OData string literal, quotes doubled. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
