package org.exsync.sandbox.identity;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs and checks RS256 JSON Web Tokens with a key pair made when the simulator starts, as
 * Microsoft signs with keys published under {@code jwks_uri}. The key id is random, so a token from
 * an earlier run never verifies.
 */
final class JwtSigner {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final KeyPair keys;
  private final String keyId;
  private final String encodedHeader;

  JwtSigner() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make an RSA key pair", e);
    }
    keyId = UUID.randomUUID().toString().replace("-", "");
    encodedHeader =
        encode(
            Jsons.BUILDERS
                .createObjectBuilder()
                .add("typ", "JWT")
                .add("alg", "RS256")
                .add("kid", keyId)
                .build()
                .toString());
  }

  String keyId() {
    return keyId;
  }

  /** The compact serialization of the signed claims. */
  String sign(JsonObject claims) {
    String signingInput = encodedHeader + "." + encode(claims.toString());
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(keys.getPrivate());
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + ENCODER.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a token with the simulator's own key", e);
    }
  }

  /**
   * The claims of a token this signer made.
   *
   * @throws AccessTokenVerifier.InvalidTokenException when the token is not three parts, names
   *     another key or algorithm, or its signature does not match
   */
  JsonObject verify(String token) throws AccessTokenVerifier.InvalidTokenException {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      throw new AccessTokenVerifier.InvalidTokenException("The token is not a signed JWT");
    }
    JsonObject header = parse(parts[0]);
    if (!"RS256".equals(header.getString("alg", null))
        || !keyId.equals(header.getString("kid", null))) {
      throw new AccessTokenVerifier.InvalidTokenException(
          "The token is not signed with a key this identity provider publishes");
    }
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initVerify(keys.getPublic());
      signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!signature.verify(DECODER.decode(parts[2]))) {
        throw new AccessTokenVerifier.InvalidTokenException("The token's signature is invalid");
      }
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new AccessTokenVerifier.InvalidTokenException("The token's signature is invalid");
    }
    return parse(parts[1]);
  }

  /** The public key as a JSON Web Key, the way Microsoft's key set lists its signing keys. */
  JsonObject publicJwk() {
    RSAPublicKey key = (RSAPublicKey) keys.getPublic();
    return Jsons.BUILDERS
        .createObjectBuilder()
        .add("kty", "RSA")
        .add("use", "sig")
        .add("kid", keyId)
        .add("alg", "RS256")
        .add("n", ENCODER.encodeToString(unsigned(key.getModulus())))
        .add("e", ENCODER.encodeToString(unsigned(key.getPublicExponent())))
        .build();
  }

  static String encode(String json) {
    return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject parse(String part) throws AccessTokenVerifier.InvalidTokenException {
    try {
      return Jsons.parse(new String(DECODER.decode(part), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      throw new AccessTokenVerifier.InvalidTokenException("The token is not a signed JWT");
    }
  }

  /** Big-endian bytes without the sign byte {@link BigInteger#toByteArray()} may add. */
  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
