package org.exsync.infrastructure.exchange.translate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Dates as ews-java-api 2.0 exchanges them. Date-times travel as UTC and need no care. Dates of a
 * recurrence (its start and end) are asymmetric in that library: it writes them in the JVM's
 * default zone ({@code yyyy-MM-dd}) but reads them as UTC, and Exchange may add its own offset
 * ({@code 2026-03-02+01:00}). So a date is written as the JVM-local midnight and read as the UTC
 * midnight nearest to the instant the library parsed, which is right for every offset within half a
 * day.
 */
public final class EwsDates {

  private static final Duration HALF_DAY = Duration.ofHours(12);

  private EwsDates() {}

  public static Date toDate(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  public static Instant toInstant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** A recurrence date for ews-java-api to write. */
  public static Date toRecurrenceDate(LocalDate date) {
    return date == null ? null : Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** A recurrence date ews-java-api has read. */
  public static LocalDate fromRecurrenceDate(Date date) {
    return date == null
        ? null
        : date.toInstant().plus(HALF_DAY).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
