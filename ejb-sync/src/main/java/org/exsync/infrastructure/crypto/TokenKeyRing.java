package org.exsync.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the {@link SecretCipher} from the deployment's keys: {@code exsync.secrets.token-key} (the
 * Payara password alias {@code exsync-token-key}, Base64 of 32 random bytes) and, while a rotation
 * is under way, {@code exsync.secrets.token-key-previous} (comma-separated older keys).
 */
@ApplicationScoped
public class TokenKeyRing {

  static final String CURRENT = "exsync.secrets.token-key";
  static final String PREVIOUS = "exsync.secrets.token-key-previous";

  private volatile SecretCipher cipher;

  @Produces
  public SecretCipher cipher() {
    SecretCipher made = cipher;
    if (made == null) {
      var config = ConfigProvider.getConfig();
      made =
          fromSettings(
              config.getOptionalValue(CURRENT, String.class),
              config.getOptionalValue(PREVIOUS, String.class));
      cipher = made;
    }
    return made;
  }

  static SecretCipher fromSettings(Optional<String> current, Optional<String> previous) {
    String key =
        current
            .filter(value -> !value.isBlank() && !value.contains("${ALIAS="))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The token encryption key is missing: "
                            + CURRENT
                            + " must resolve from the password alias exsync-token-key"
                            + " (asadmin create-password-alias exsync-token-key)"));
    List<byte[]> older = new ArrayList<>();
    for (String value : previous.orElse("").split(",")) {
      if (!value.isBlank() && !value.contains("${ALIAS=")) {
        older.add(decode(value, PREVIOUS));
      }
    }
    return new SecretCipher(decode(key, CURRENT), older);
  }

  private static byte[] decode(String value, String setting) {
    try {
      byte[] bytes = Base64.getDecoder().decode(value.strip());
      if (bytes.length != SecretCipher.KEY_BYTES) {
        throw new IllegalStateException(
            setting
                + " must be Base64 of "
                + SecretCipher.KEY_BYTES
                + " random bytes, but decodes to "
                + bytes.length
                + " bytes; make one with: head -c 32 /dev/urandom | base64");
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          setting + " is not Base64; make a key with: head -c 32 /dev/urandom | base64", e);
    }
  }
}
