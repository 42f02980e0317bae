package org.exsync.sandbox.identity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each user has consented to per application. Consent accumulates as Microsoft's does: a user
 * who accepted some scopes is asked again only for scopes not yet granted.
 */
final class Consents {

  private final Map<String, Set<String>> granted = new ConcurrentHashMap<>();

  void grant(String upn, String clientId, Set<String> scopes) {
    granted.merge(
        key(upn, clientId),
        Set.copyOf(scopes),
        (old, added) -> {
          Set<String> union = new HashSet<>(old);
          union.addAll(added);
          return Set.copyOf(union);
        });
  }

  boolean covers(String upn, String clientId, Set<String> scopes) {
    return granted.getOrDefault(key(upn, clientId), Set.of()).containsAll(scopes);
  }

  void revoke(String upn, String clientId) {
    granted.remove(key(upn, clientId));
  }

  void clear() {
    granted.clear();
  }

  private static String key(String upn, String clientId) {
    return upn.toLowerCase(Locale.ROOT) + " " + clientId;
  }
}
