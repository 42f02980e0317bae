package org.exsync.domain.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Converts between instants and the UTC {@code LocalDateTime} values stored in {@code *_utc}
 * columns. JPA 3.1 has no mapping for {@code Instant}. Values are truncated to microseconds, the
 * precision of a {@code timestamp} column on H2 and PostgreSQL, so that an entity reads back what
 * it held before it was stored.
 */
public final class Utc {

  private Utc() {}

  /** The column value for an instant; null stays null. */
  public static LocalDateTime toColumn(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** The instant a column value stands for; null stays null. */
  public static Instant fromColumn(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  /** The instant as it will be stored, so comparisons with stored values are exact. */
  public static Instant truncate(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
