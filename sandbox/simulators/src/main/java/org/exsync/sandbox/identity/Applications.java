package org.exsync.sandbox.identity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant's application registrations and which of them an administrator has granted their
 * application permissions (admin consent is per tenant; the simulator holds one tenant).
 */
final class Applications {

  private final Map<String, RegisteredApplication> byClientId = new ConcurrentHashMap<>();
  private final Set<String> adminConsented = ConcurrentHashMap.newKeySet();

  void register(RegisteredApplication application) {
    byClientId.put(application.clientId(), application);
  }

  Optional<RegisteredApplication> find(String clientId) {
    return clientId == null ? Optional.empty() : Optional.ofNullable(byClientId.get(clientId));
  }

  /**
   * @throws AadException AADSTS700016 when no application has this client id
   */
  RegisteredApplication require(String clientId, String tenant) {
    return find(clientId)
        .orElseThrow(() -> new AadException(AadErrors.applicationNotFound(clientId, tenant)));
  }

  void grantAdminConsent(String clientId) {
    require(clientId, "this tenant");
    adminConsented.add(clientId);
  }

  void revokeAdminConsent(String clientId) {
    adminConsented.remove(clientId);
  }

  /** The application permissions an app-only token carries: none without admin consent. */
  Set<String> grantedRoles(RegisteredApplication application) {
    return adminConsented.contains(application.clientId())
        ? application.applicationPermissions()
        : Set.of();
  }
}
