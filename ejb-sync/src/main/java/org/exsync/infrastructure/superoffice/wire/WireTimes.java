package org.exsync.infrastructure.superoffice.wire;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Web API writes times: date-times without an offset, diary times in the tenant's base zone
 * and change times in UTC (the property name says which); HTTP dates for conditional requests; .NET
 * time spans ({@code 00:15:00}, {@code 1.00:00:00}) for alarm lead times.
 */
public final class WireTimes {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final Pattern SPAN =
      Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private WireTimes() {}

  /** A wire date-time as local time; with an offset it is moved into the given zone first. */
  public static LocalDateTime local(String text, ZoneId zone) {
    String value = text.strip();
    try {
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDateTime();
      }
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "SuperOffice sent '" + text + "' where a date-time belongs");
    }
  }

  /** A diary time: wall time in the base zone. */
  public static Instant diary(String text, ZoneId base) {
    return local(text, base).atZone(base).toInstant();
  }

  /**
   * The end of a span given in wall time. In the hour a zone's clocks go back a wall time stands
   * for two instants, and SuperOffice keeps a diary's times as wall time only: a meeting from 02:30
   * summer time to 02:00 winter time is stored ending before it starts. Such an end is the later of
   * its two instants; any other end is read as {@link LocalDateTime#atZone} reads it.
   */
  public static Instant end(LocalDateTime end, ZoneId zone, Instant start) {
    ZonedDateTime earlier = end.atZone(zone);
    return earlier.toInstant().isBefore(start)
        ? earlier.withLaterOffsetAtOverlap().toInstant()
        : earlier.toInstant();
  }

  /** A diary span's end, as {@link #end(LocalDateTime, ZoneId, Instant)} reads it. */
  public static Instant diaryEnd(String text, ZoneId base, Instant start) {
    return end(local(text, base), base, start);
  }

  /** A registration or change time: UTC. */
  public static Instant utc(String text) {
    return local(text, ZoneOffset.UTC).toInstant(ZoneOffset.UTC);
  }

  public static String format(LocalDateTime time) {
    return LOCAL.format(time);
  }

  /** An instant as wall time in the base zone, to the second. */
  public static String diary(Instant instant, ZoneId base) {
    return LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), base));
  }

  public static String utc(Instant instant) {
    return diary(instant, ZoneOffset.UTC);
  }

  /** For If-Unmodified-Since. */
  public static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  public static int minutes(String span) {
    Matcher m = SPAN.matcher(span.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "SuperOffice sent '" + span + "' where a time span belongs");
    }
    int days = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    return days * 1440 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
  }

  public static String timeSpan(int minutes) {
    Duration span = Duration.ofMinutes(minutes);
    String clock = String.format("%02d:%02d:00", span.toHoursPart(), span.toMinutesPart());
    return span.toDays() > 0 ? span.toDays() + "." + clock : clock;
  }
}
