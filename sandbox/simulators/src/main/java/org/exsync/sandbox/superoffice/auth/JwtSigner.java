package org.exsync.sandbox.superoffice.auth;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs the JWTs SuperOffice's login service returns (RS256), with a key pair of its own; clients
 * that validate the token get the public key from {@link #publicKey()}.
 */
public final class JwtSigner {

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private final KeyPair keys;

  public JwtSigner() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      this.keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK offers no RSA key generator", e);
    }
  }

  public PublicKey publicKey() {
    return keys.getPublic();
  }

  public String sign(JsonObject claims) {
    String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String payload = encode(claims.toString());
    String signed = header + "." + payload;
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(keys.getPrivate());
      rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a JWT with the simulator's own key", e);
    }
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
