package org.exsync.sandbox.superoffice.auth;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partner applications the tenant has approved: each has a client secret (sent as {@code
 * SO-AppToken} and {@code ApplicationToken}), the RSA public key its system user tokens are signed
 * with, and the system user token the tenant's administrator granted it.
 */
public final class PartnerApps {

  /** One approved application. */
  public record App(String applicationToken, PublicKey publicKey, String systemUserToken) {

    @Override
    public String toString() {
      return "App[" + systemUserToken.substring(0, systemUserToken.indexOf('-') + 1) + "...]";
    }
  }

  private final Map<String, App> byToken = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** Approves an application and returns the system user token its consent produced. */
  public String register(String name, String applicationToken, PublicKey publicKey) {
    String systemUserToken = name + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    byToken.put(applicationToken, new App(applicationToken, publicKey, systemUserToken));
    return systemUserToken;
  }

  public Optional<App> byApplicationToken(String applicationToken) {
    return Optional.ofNullable(byToken.get(applicationToken));
  }

  public void clear() {
    byToken.clear();
  }
}
