package org.exsync.application.settings;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a secret from a Payara password alias by the alias's name. Payara's password config source
 * answers alias names directly; the aliases server-config creates are also mapped to {@code
 * exsync.secrets.*} system properties, which are tried when the name is one of them.
 */
final class AliasSecrets {

  private AliasSecrets() {}

  static Optional<String> resolve(String alias) {
    if (alias == null || alias.isBlank()) {
      return Optional.empty();
    }
    Config config = ConfigProvider.getConfig();
    String mapped = "exsync.secrets." + alias.strip().replaceFirst("^exsync-", "");
    return config
        .getOptionalValue(alias.strip(), String.class)
        .or(() -> config.getOptionalValue(mapped, String.class))
        .filter(value -> !value.isBlank() && !value.contains("${ALIAS="));
  }
}
