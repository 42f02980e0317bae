package org.exsync.sandbox.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code scope} parameter of a v2.0 request, split as Microsoft reads it: OpenID Connect scopes
 * ({@code openid}, {@code profile}, {@code email}, {@code offline_access}) and permissions on one
 * resource, written {@code <resource>/<permission>}. {@code <resource>/.default} stands for the
 * permissions configured on the app registration.
 *
 * @param oidc the OpenID Connect scopes asked for
 * @param permissions the resource's permission names, without the resource prefix
 * @param resourceDefault whether {@code <resource>/.default} was asked for
 */
record ScopeRequest(Set<String> oidc, Set<String> permissions, boolean resourceDefault) {

  static final Set<String> OIDC = Set.of("openid", "profile", "email", "offline_access");

  /** The delegated permissions the simulated resource (Exchange Online) offers. */
  static final Set<String> RESOURCE_PERMISSIONS = Set.of("EWS.AccessAsUser.All");

  /**
   * @throws AadException AADSTS70011 for a scope on another resource or one the resource does not
   *     offer
   */
  static ScopeRequest parse(String raw, String resource) {
    Set<String> oidc = new LinkedHashSet<>();
    Set<String> permissions = new LinkedHashSet<>();
    boolean resourceDefault = false;
    String prefix = resource + "/";
    for (String scope :
        Arrays.stream(raw == null ? new String[0] : raw.trim().split("\\s+")).toList()) {
      if (scope.isEmpty()) {
        continue;
      }
      String lower = scope.toLowerCase(Locale.ROOT);
      if (OIDC.contains(lower)) {
        oidc.add(lower);
      } else if (scope.regionMatches(true, 0, prefix, 0, prefix.length())) {
        String permission = scope.substring(prefix.length());
        if (permission.equals(".default")) {
          resourceDefault = true;
        } else if (RESOURCE_PERMISSIONS.stream().anyMatch(permission::equalsIgnoreCase)) {
          permissions.add(canonical(permission));
        } else {
          throw new AadException(AadErrors.invalidScope(scope));
        }
      } else {
        throw new AadException(AadErrors.invalidScope(scope));
      }
    }
    return new ScopeRequest(Set.copyOf(oidc), Set.copyOf(permissions), resourceDefault);
  }

  boolean isEmpty() {
    return oidc.isEmpty() && permissions.isEmpty() && !resourceDefault;
  }

  /** The resource permissions a user grants, {@code .default} expanded for this application. */
  Set<String> delegatedFor(RegisteredApplication application) {
    Set<String> all = new LinkedHashSet<>(permissions);
    if (resourceDefault) {
      all.addAll(application.delegatedPermissions());
    }
    return Set.copyOf(all);
  }

  /** What a user consents to: the OpenID scopes and the expanded resource permissions. */
  Set<String> consentFor(RegisteredApplication application) {
    Set<String> all = new LinkedHashSet<>(oidc);
    all.addAll(delegatedFor(application));
    return Set.copyOf(all);
  }

  private static String canonical(String permission) {
    return RESOURCE_PERMISSIONS.stream()
        .filter(permission::equalsIgnoreCase)
        .findFirst()
        .orElse(permission);
  }
}
