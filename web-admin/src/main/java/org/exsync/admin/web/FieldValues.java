package org.exsync.admin.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An item's field value as an admin reads it, from the form its snapshot keeps: an instant ({@code
 * 2026-03-10T09:00:00Z}) in the admin's zone ("Tue 10 Mar 2026, 10:00"), a date ("Tue 10 Mar
 * 2026"), yes or no for a flag, and an enum's name in words ({@code OUT_OF_OFFICE} is "Out of
 * office"). Enum names are put in words only for the fields that hold them, so a subject written in
 * capitals stays as it is.
 */
final class FieldValues {

  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  /** The last part of the keys whose values are flags. */
  private static final Set<String> FLAGS = Set.of("allDay", "private");

  /** The last part of the keys whose values are enum names, one or a list. */
  private static final Set<String> ENUMS =
      Set.of(
          "showAs",
          "role",
          "response",
          "status",
          "priority",
          "pattern",
          "daysOfWeek",
          "month",
          "weekOfMonth");

  private FieldValues() {}

  static String show(String key, String value, ZoneId zone) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String field = key.substring(key.lastIndexOf('.') + 1);
    if (FLAGS.contains(field)) {
      return switch (value) {
        case "true" -> "Yes";
        case "false" -> "No";
        default -> value;
      };
    }
    if (ENUMS.contains(field)) {
      return Arrays.stream(value.split(", "))
          .map(FieldValues::words)
          .collect(Collectors.joining(", "));
    }
    if (INSTANT.matcher(value).matches()) {
      try {
        return DATE_TIME.format(Instant.parse(value).atZone(zone));
      } catch (DateTimeException unreadable) {
        return value;
      }
    }
    if (DATE.matcher(value).matches()) {
      try {
        return DAY.format(LocalDate.parse(value));
      } catch (DateTimeException unreadable) {
        return value;
      }
    }
    return value;
  }

  /** An enum's name in words: {@code WORKING_ELSEWHERE} is "Working elsewhere". */
  static String words(String name) {
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      return name;
    }
    String spaced = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
