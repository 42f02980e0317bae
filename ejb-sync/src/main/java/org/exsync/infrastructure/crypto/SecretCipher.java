package org.exsync.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets for storage with AES-256-GCM: a fresh random 96-bit nonce per value, the key id
 * bound in as associated data, the stored form Base64 of nonce followed by ciphertext and tag. The
 * key id is derived from the key itself, so a new key gets a new id without anybody naming it, and
 * values sealed under an older key still open while that key is listed as previous.
 */
public final class SecretCipher {

  static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentId;
  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

  /**
   * @param current the key new values are sealed with, 32 bytes
   * @param previous older keys whose values must still open
   */
  public SecretCipher(byte[] current, List<byte[]> previous) {
    currentId = add(current);
    previous.forEach(this::add);
  }

  private String add(byte[] key) {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "An encryption key must be "
              + KEY_BYTES
              + " bytes (256 bits), got "
              + (key == null ? "none" : key.length + " bytes"));
    }
    String id = keyId(key);
    keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
    return id;
  }

  /** The id of a key: "k1-" and 16 hex digits of a SHA-256 over it; reveals nothing of the key. */
  static String keyId(byte[] key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("exsync token key id".getBytes(StandardCharsets.US_ASCII));
      return "k1-" + HexFormat.of().formatHex(digest.digest(key), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks SHA-256", e);
    }
  }

  /** The id of the key new values are sealed with. */
  public String currentKeyId() {
    return currentId;
  }

  public Sealed seal(String plaintext) {
    if (plaintext == null || plaintext.isEmpty()) {
      throw new IllegalArgumentException("There is no secret to encrypt: the value is empty");
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, currentId, nonce);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return new Sealed(Base64.getEncoder().encodeToString(stored), currentId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * The secret a stored value holds.
   *
   * @throws UnreadableSecretException when the key is not configured any more, or the value was
   *     altered or sealed with another key of the same id
   */
  public String open(String ciphertext, String keyId) {
    if (!keys.containsKey(keyId)) {
      throw new UnreadableSecretException(
          "The secret was encrypted with key "
              + keyId
              + ", which is not configured; configured are "
              + keys.keySet()
              + ". Put the old key back as a previous key (exsync.secrets.token-key-previous)");
    }
    byte[] stored;
    try {
      stored = Base64.getDecoder().decode(ciphertext);
    } catch (IllegalArgumentException e) {
      throw new UnreadableSecretException("The stored secret is not Base64", e);
    }
    if (stored.length <= NONCE_BYTES) {
      throw new UnreadableSecretException("The stored secret is too short to be AES-GCM output");
    }
    try {
      byte[] nonce = java.util.Arrays.copyOf(stored, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, nonce);
      byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new UnreadableSecretException(
          "The stored secret does not decrypt with key " + keyId + ": it was altered", e);
    }
  }

  private Cipher cipher(int mode, String keyId, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }

  /**
   * A sealed secret as it is stored.
   *
   * @param ciphertext Base64 of nonce, ciphertext and tag
   * @param keyId the key it was sealed with
   */
  public record Sealed(String ciphertext, String keyId) {}
}
