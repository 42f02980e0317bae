package org.exsync.domain.shared;

/**
 * Argument checks for entity constructors and methods. Each failure is an {@link
 * IllegalArgumentException} whose message names the field, the offending value and what is
 * expected.
 */
public final class Require {

  private static final int QUOTED_VALUE_LIMIT = 60;

  private Require() {}

  /** The value, which must not be null. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required but was null");
    }
    return value;
  }

  /** The value without surrounding blanks; it must not be blank nor longer than maxLength. */
  public static String text(String value, String field, int maxLength) {
    String trimmed = present(value, field).strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank, got '" + value + "'");
    }
    return shorterThan(trimmed, field, maxLength);
  }

  /** Like {@link #text}, but null or blank gives null. */
  public static String optionalText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return shorterThan(value.strip(), field, maxLength);
  }

  /** The value, which must be at least min. */
  public static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  /** The value, which must lie between min and max, both included. */
  public static int between(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /**
   * Text such as an error message received from elsewhere, cut to fit its column; null or blank
   * gives null. Losing the tail of a diagnostic is better than losing the whole update.
   */
  public static String clipped(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.length() <= maxLength ? trimmed : trimmed.substring(0, maxLength);
  }

  private static String shorterThan(String value, String field, int maxLength) {
    if (value.length() > maxLength) {
      String shown =
          value.length() > QUOTED_VALUE_LIMIT
              ? value.substring(0, QUOTED_VALUE_LIMIT) + "..."
              : value;
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + maxLength
              + " characters, got "
              + value.length()
              + ": '"
              + shown
              + "'");
    }
    return value;
  }
}
