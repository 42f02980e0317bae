package org.exsync.sandbox.superoffice.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A signed system user token as SuperOffice defines it: {@code <system user token>.<UTC time as
 * yyyyMMddHHmm>.<base64 RSA-SHA256 signature of the first two parts>}. Checked against the
 * application's public key and for freshness.
 */
final class SignedSystemToken {

  /** How far the signing time may be from the server's clock. */
  static final Duration TOLERANCE = Duration.ofMinutes(10);

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmm");

  private SignedSystemToken() {}

  /** Throws {@link AuthFailure} unless the token is the expected one, fresh and signed by key. */
  static void verify(String signed, String expectedToken, PublicKey key, Instant now) {
    int signatureAt = signed.lastIndexOf('.');
    int stampAt = signatureAt < 0 ? -1 : signed.lastIndexOf('.', signatureAt - 1);
    if (stampAt < 0) {
      throw new AuthFailure("SignedSystemToken is not token.timestamp.signature");
    }
    String token = signed.substring(0, stampAt);
    String stamp = signed.substring(stampAt + 1, signatureAt);
    if (!token.equals(expectedToken)) {
      throw new AuthFailure("The system user token is not the one granted to this application");
    }
    try {
      Instant signedAt = LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC);
      if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
        throw new AuthFailure(
            "The signed system user token is stale (signed at " + stamp + " UTC)");
      }
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update(signed.substring(0, signatureAt).getBytes(StandardCharsets.UTF_8));
      if (!rsa.verify(Base64.getDecoder().decode(signed.substring(signatureAt + 1)))) {
        throw new AuthFailure("The system user token's signature does not match the public key");
      }
    } catch (DateTimeParseException e) {
      throw new AuthFailure("The signed system user token's time is not yyyyMMddHHmm");
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new AuthFailure(
          "The system user token's signature cannot be checked: " + e.getMessage());
    }
  }
}
