package org.exsync.domain.shared;

import java.util.Locale;

/**
 * Normalises e-mail addresses the way Exsync compares them: without surrounding blanks and in lower
 * case, so that SuperOffice's and Exchange's spellings of one address match.
 */
public final class EmailAddresses {

  /** The longest address a column holds: 64 characters of local part, @, 255 of domain. */
  public static final int MAX_LENGTH = 320;

  private EmailAddresses() {}

  /** The normalised address; it must have text on both sides of exactly one @ and no blanks. */
  public static String normalize(String value, String field) {
    String address = Require.text(value, field, MAX_LENGTH).toLowerCase(Locale.ROOT);
    int at = address.indexOf('@');
    boolean valid =
        at > 0
            && at == address.lastIndexOf('@')
            && at < address.length() - 1
            && address.chars().noneMatch(Character::isWhitespace);
    if (!valid) {
      throw new IllegalArgumentException(
          field + " must be an e-mail address like name@example.com, got '" + value + "'");
    }
    return address;
  }

  /** Like {@link #normalize}, but null or blank gives null. */
  public static String normalizeOptional(String value, String field) {
    return value == null || value.isBlank() ? null : normalize(value, field);
  }
}
