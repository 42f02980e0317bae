package org.exsync.engine.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;

/**
 * Builds a content hash: SHA-256 over named, length-prefixed fields, so that no two different field
 * lists can produce the same input. The result starts with the scheme version; changing what an
 * item hashes means a new version, never a silent change of meaning.
 */
final class Fingerprint {

  private static final String SCHEME = "v1:";

  private final MessageDigest digest;

  private Fingerprint(String itemType) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
    add("type", itemType);
  }

  static Fingerprint of(String itemType) {
    return new Fingerprint(itemType);
  }

  Fingerprint add(String field, Object value) {
    put(field);
    put(value == null ? "\u0000null" : value.toString());
    return this;
  }

  Fingerprint addAll(String field, Collection<?> values) {
    add(field + "#", values.size());
    int index = 0;
    for (Object value : values) {
      add(field + "[" + index++ + "]", value);
    }
    return this;
  }

  /** Adds a nested item's own fingerprint as one field. */
  Fingerprint addHashed(String field, Hashable value) {
    return add(field, value == null ? null : value.contentHash());
  }

  String finish() {
    return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
  }

  private void put(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update(
        new byte[] {
          (byte) (bytes.length >>> 24),
          (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8),
          (byte) bytes.length
        });
    digest.update(bytes);
  }
}
