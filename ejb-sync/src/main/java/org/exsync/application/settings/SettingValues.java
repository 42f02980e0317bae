package org.exsync.application.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks of setting values; each failure names the setting, the value and what is expected. */
final class SettingValues {

  private SettingValues() {}

  static URI httpsUrl(String value, String what) {
    URI uri = url(value, what);
    if (!"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " must be an https URL (Microsoft sign-in needs TLS), got '"
              + value
              + "'");
    }
    return uri;
  }

  static URI httpUrl(String value, String what) {
    return url(value, what);
  }

  /** An http(s) URL of a folder: it ends with a slash, so that pages resolve below it. */
  static URI folderUrl(String value, String what) {
    String text = value == null ? "" : value.strip();
    return url(text.endsWith("/") ? text : text + "/", what);
  }

  static String word(String value, String what) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "The " + what + " must be one word without blanks, got '" + value + "'");
    }
    return text;
  }

  static String orEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  static long number(String value, String what, long min, long max) {
    try {
      long number = Long.parseLong(value.strip());
      if (number < min || number > max) {
        throw new IllegalArgumentException(
            "The " + what + " must be between " + min + " and " + max + ", got " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The " + what + " must be a whole number, got '" + value + "'", e);
    }
  }

  private static URI url(String value, String what) {
    try {
      URI uri = new URI(value == null ? "" : value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "The " + what + " must be an absolute http(s) URL, got '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "The " + what + " is not a URL: '" + value + "' (" + e.getReason() + ")", e);
    }
  }
}
