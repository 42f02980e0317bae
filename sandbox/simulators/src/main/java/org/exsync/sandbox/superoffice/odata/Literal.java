package org.exsync.sandbox.superoffice.odata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A filter value read for a column's type. Date-only values compare by day; values with an offset
 * are moved into the column's frame, values without one are taken as already in it.
 */
record Literal(Object value, boolean dateOnly) {

  static Literal read(String text, ColumnType type, ZoneId zone) {
    try {
      return switch (type) {
        case INT -> new Literal(Integer.parseInt(text.trim()), false);
        case STRING -> new Literal(text, false);
        case BOOL -> new Literal(bool(text), false);
        case DATETIME -> dateTime(text, zone);
        case UTC_DATETIME -> dateTime(text, ZoneOffset.UTC);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new ODataException("'" + text + "' is not a valid " + describe(type));
    }
  }

  private static boolean bool(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new NumberFormatException(text);
    };
  }

  private static Literal dateTime(String text, ZoneId frame) {
    String value = text.trim();
    if (value.length() >= 10 && value.charAt(4) == '.' && value.charAt(7) == '.') {
      value = value.substring(0, 4) + "-" + value.substring(5, 7) + "-" + value.substring(8);
    }
    if (value.length() == 10) {
      return new Literal(LocalDate.parse(value).atStartOfDay(), true);
    }
    boolean hasOffset = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$");
    if (hasOffset) {
      LocalDateTime inFrame =
          OffsetDateTime.parse(value).atZoneSameInstant(frame).toLocalDateTime();
      return new Literal(inFrame, false);
    }
    return new Literal(LocalDateTime.parse(value), false);
  }

  private static String describe(ColumnType type) {
    return switch (type) {
      case INT -> "integer";
      case STRING -> "string";
      case BOOL -> "boolean";
      case DATETIME, UTC_DATETIME -> "date or date-time (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)";
    };
  }
}
