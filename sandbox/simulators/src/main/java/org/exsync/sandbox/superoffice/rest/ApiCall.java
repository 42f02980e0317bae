package org.exsync.sandbox.superoffice.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.superoffice.store.Associate;

/**
 * One authenticated Web API call as the resources see it.
 *
 * @param http the request
 * @param principal the associate the call acts as
 * @param zone the zone diary times are shown and read in: the base zone, or what SO-TimeZone asks
 * @param apiRoot the absolute URL of {@code /api/v1} for this tenant, for links
 * @param path the path segments after {@code /api/v1/}, undecoded
 */
public record ApiCall(
    SimRequest http, Associate principal, ZoneId zone, String apiRoot, List<String> path) {

  public ApiCall {
    path = List.copyOf(path);
  }

  /** The path segment at this position, or empty. */
  public String segment(int index) {
    return index < path.size() ? path.get(index) : "";
  }

  /** The id segment, or a 404 when it is not a number (the route would not match). */
  public int id(int index) {
    try {
      return Integer.parseInt(segment(index));
    } catch (NumberFormatException e) {
      throw new ApiError(404, "NotFound", "No resource at /api/v1/" + String.join("/", path));
    }
  }

  /**
   * A date-time the client sent: with an offset it is that instant, without one it is wall time in
   * the call's zone, as the Web API reads it.
   */
  public Instant readTime(String property, String text) {
    try {
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(property + " is not a date-time: '" + text + "'");
    }
  }
}
