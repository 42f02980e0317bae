package org.exsync.sandbox.ews.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * xs:dateTime values as EWS exchanges them. Exchange stores UTC and answers with a trailing {@code
 * Z}; a value without offset is read as UTC (no TimeZoneContext header is honoured).
 */
public final class DateTimes {

  private DateTimes() {}

  public static Optional<Instant> parse(String value) {
    String text = value.trim();
    try {
      if (text.endsWith("Z")) {
        return Optional.of(Instant.parse(text));
      }
      if (text.length() > 19
          && (text.charAt(text.length() - 6) == '+' || text.charAt(text.length() - 6) == '-')) {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      }
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** As Exchange writes it: UTC, whole seconds, {@code Z}. */
  public static String format(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
