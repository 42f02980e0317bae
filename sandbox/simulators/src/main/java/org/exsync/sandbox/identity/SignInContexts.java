package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization requests between the first page and the redirect, by their {@code ctx} id. */
final class SignInContexts {

  private static final int PURGE_ABOVE = 10_000;

  private final Map<String, AuthorizationRequest> pending = new ConcurrentHashMap<>();

  String open(AuthorizationRequest request, Instant now) {
    if (pending.size() > PURGE_ABOVE) {
      pending.values().removeIf(r -> r.expiresAt().isBefore(now));
    }
    String ctx = OpaqueTokens.next(32);
    pending.put(ctx, request);
    return ctx;
  }

  Optional<AuthorizationRequest> find(String ctx, Instant now) {
    AuthorizationRequest request = ctx == null ? null : pending.get(ctx);
    return request == null || !now.isBefore(request.expiresAt())
        ? Optional.empty()
        : Optional.of(request);
  }

  void update(String ctx, AuthorizationRequest request) {
    pending.put(ctx, request);
  }

  /** Ends a context, so the same form cannot be posted twice. */
  void close(String ctx) {
    pending.remove(ctx);
  }

  void clear() {
    pending.clear();
  }
}
