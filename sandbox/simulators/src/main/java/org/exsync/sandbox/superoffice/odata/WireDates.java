package org.exsync.sandbox.superoffice.odata;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the Web API writes date-times: {@code 2026-07-10T09:30:00}, without an offset. Diary times
 * are in the request's zone, registration and change times in UTC; the property name tells a client
 * which.
 */
public final class WireDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private WireDates() {}

  public static String format(LocalDateTime time) {
    return FORMAT.format(time);
  }

  public static String format(Instant instant, ZoneId zone) {
    return FORMAT.format(LocalDateTime.ofInstant(instant, zone));
  }

  public static LocalDateTime local(Instant instant, ZoneId zone) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  /** Without zone rules: {@code ofInstant} builds a new rule set for UTC on every call. */
  public static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
  }
}
