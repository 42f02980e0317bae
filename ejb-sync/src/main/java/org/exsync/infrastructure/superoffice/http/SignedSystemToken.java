package org.exsync.infrastructure.superoffice.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * SuperOffice's signed system user token: {@code <system user token>.<UTC time as yyyyMMddHHmm>},
 * signed with the application's RSA key (SHA-256), the signature in base64 appended after a dot.
 * The login service accepts it for a few minutes around its time stamp.
 */
public final class SignedSystemToken {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmm").withZone(ZoneOffset.UTC);

  private final PrivateKey key;

  /**
   * @throws IllegalArgumentException when the PEM text is not an RSA private key in PKCS#8; the
   *     message never shows the key
   */
  public SignedSystemToken(String privateKeyPem) {
    this.key = readKey(privateKeyPem);
  }

  public String sign(String systemUserToken, Instant now) {
    String stamped = systemUserToken + "." + STAMP.format(now);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(stamped.getBytes(StandardCharsets.UTF_8));
      return stamped + "." + Base64.getEncoder().encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign with the SuperOffice private key", e);
    }
  }

  private static PrivateKey readKey(String pem) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new IllegalArgumentException(
          "The SuperOffice private key is in PKCS#1 form (BEGIN RSA PRIVATE KEY); convert it with"
              + " 'openssl pkcs8 -topk8 -nocrypt' and store the PKCS#8 form (BEGIN PRIVATE KEY)");
    }
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "The SuperOffice private key is not an RSA key in PEM PKCS#8 form (BEGIN PRIVATE KEY)");
    }
  }
}
