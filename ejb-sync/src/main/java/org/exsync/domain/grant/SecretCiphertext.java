package org.exsync.domain.grant;

import java.util.Base64;

/**
 * Checks the stored form of a secret: Base64 of AES-GCM output. Messages describe the value's shape
 * but never repeat it.
 */
final class SecretCiphertext {

  /** Room for a long refresh token after encryption and Base64. */
  static final int MAX_LENGTH = 8000;

  /** AES-GCM output is never shorter than its 16-byte authentication tag. */
  private static final int MIN_BYTES = 16;

  private SecretCiphertext() {}

  static String check(String ciphertext) {
    if (ciphertext == null || ciphertext.isBlank()) {
      throw new IllegalArgumentException("secretCiphertext is required but was empty");
    }
    if (ciphertext.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "secretCiphertext must be at most "
              + MAX_LENGTH
              + " characters, got "
              + ciphertext.length());
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(ciphertext);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "secretCiphertext must be Base64 of AES-GCM ciphertext; the "
              + ciphertext.length()
              + " characters given do not decode",
          e);
    }
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "secretCiphertext must decode to at least "
              + MIN_BYTES
              + " bytes of AES-GCM output, got "
              + bytes.length);
    }
    return ciphertext;
  }
}
