package org.exsync.sandbox.superoffice.rest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.exsync.sandbox.superoffice.store.Row;

/**
 * HTTP conditional requests on entities, compared with the row's change time to the second: {@code
 * If-Modified-Since} turns a GET of an unchanged row into 304, {@code If-Unmodified-Since} refuses
 * a PUT, PATCH or DELETE of a row changed after the given time with 412. A header that is not an
 * HTTP date is ignored, as HTTP prescribes.
 */
final class Conditional {

  private Conditional() {}

  static boolean notModified(ApiCall call, Row row) {
    return time(call, "If-Modified-Since").filter(since -> !changedAfter(row, since)).isPresent();
  }

  /** Throws 412 when the row changed after the client's {@code If-Unmodified-Since}. */
  static void requireUnmodified(ApiCall call, Row row, String carrier) {
    Optional<Instant> since = time(call, "If-Unmodified-Since");
    if (since.isPresent() && changedAfter(row, since.get())) {
      throw new ApiError(
          412,
          "PreconditionFailed",
          carrier
              + " "
              + row.id()
              + " has changed since "
              + DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  since.get().atZone(java.time.ZoneOffset.UTC))
              + "; read it again");
    }
  }

  private static boolean changedAfter(Row row, Instant since) {
    return row.stamp().updated().getEpochSecond() > since.getEpochSecond();
  }

  private static Optional<Instant> time(ApiCall call, String header) {
    return call.http()
        .header(header)
        .flatMap(
            value -> {
              try {
                return Optional.of(
                    ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant());
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  /** The HTTP date of a row's last change, for the Last-Modified header. */
  static String lastModified(Row row) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        row.stamp().updated().atZone(java.time.ZoneOffset.UTC));
  }
}
