package org.exsync.sandbox.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable strings for authorization codes, refresh tokens and sign-in contexts. */
final class OpaqueTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OpaqueTokens() {}

  static String next(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
