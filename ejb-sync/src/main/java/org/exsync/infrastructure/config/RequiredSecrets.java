package org.exsync.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The secrets Exsync cannot start without. Each is a system property whose value is a Payara
 * password alias reference; a missing alias leaves the reference unresolved, which is reported by
 * name together with the command that creates it.
 */
@ApplicationScoped
public class RequiredSecrets {

  /** Setting name and the password alias it must resolve from. */
  record Secret(String property, String alias) {}

  static final List<Secret> REQUIRED =
      List.of(new Secret("exsync.secrets.token-key", "exsync-token-key"));

  private static final Logger LOG = Logger.getLogger(RequiredSecrets.class.getName());

  /** Says at start-up, in the server log, what keeps Exsync from being ready. */
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    problem().ifPresent(problem -> LOG.severe("Exsync is not ready: " + problem));
  }

  /** What is missing, in words for an administrator; empty when every required secret resolves. */
  public Optional<String> problem() {
    Config config = ConfigProvider.getConfig();
    return problem(property -> config.getOptionalValue(property, String.class));
  }

  static Optional<String> problem(Function<String, Optional<String>> settings) {
    String missing =
        REQUIRED.stream()
            .filter(secret -> !resolved(settings.apply(secret.property())))
            .map(
                secret ->
                    "password alias '%s' is missing (create it with: asadmin create-password-alias %s)"
                        .formatted(secret.alias(), secret.alias()))
            .collect(Collectors.joining("; "));
    return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
  }

  private static boolean resolved(Optional<String> value) {
    return value.filter(v -> !v.isBlank() && !v.contains("${ALIAS=")).isPresent();
  }
}
