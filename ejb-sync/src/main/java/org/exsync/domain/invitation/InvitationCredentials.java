package org.exsync.domain.invitation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of an invitation's link token, code and language. Generating them is up to the
 * invitation service; these checks keep a weak or mistyped value out of the database.
 */
public final class InvitationCredentials {

  /**
   * The characters of a code: upper-case letters and digits without the look-alikes 0/O and 1/I, so
   * a code read aloud or typed from paper comes out right.
   */
  public static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  public static final int CODE_MIN_LENGTH = 6;
  public static final int CODE_MAX_LENGTH = 16;
  public static final int LINK_TOKEN_MIN_LENGTH = 32;
  public static final int LINK_TOKEN_MAX_LENGTH = 128;

  private static final Pattern LINK_TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private InvitationCredentials() {}

  /** The token, which must be 32 to 128 URL-safe Base64 characters. */
  static String checkLinkToken(String token) {
    if (token == null
        || token.length() < LINK_TOKEN_MIN_LENGTH
        || token.length() > LINK_TOKEN_MAX_LENGTH
        || !LINK_TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "linkToken must be "
              + LINK_TOKEN_MIN_LENGTH
              + " to "
              + LINK_TOKEN_MAX_LENGTH
              + " URL-safe Base64 characters (A-Z a-z 0-9 _ -), got "
              + (token == null ? "null" : token.length() + " characters"));
    }
    return token;
  }

  /** The code in upper case; it must consist of 6 to 16 characters of {@link #CODE_ALPHABET}. */
  static String checkCode(String code) {
    String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    boolean valid =
        upper.length() >= CODE_MIN_LENGTH
            && upper.length() <= CODE_MAX_LENGTH
            && upper.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0);
    if (!valid) {
      throw new IllegalArgumentException(
          "code must be "
              + CODE_MIN_LENGTH
              + " to "
              + CODE_MAX_LENGTH
              + " characters of "
              + CODE_ALPHABET
              + ", got '"
              + code
              + "'");
    }
    return upper;
  }

  /** The language, which must be a lower-case ISO 639 code such as "en", "nl" or "nb". */
  static String checkLanguage(String language) {
    if (language == null || !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "language must be a lower-case ISO 639 code such as en, nl or nb, got '"
              + language
              + "'");
    }
    return language;
  }
}
