package org.exsync.sandbox.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issued refresh tokens. Each redemption issues a new one; the old one is not invalidated, because
 * Microsoft's are not: a refresh token stays usable until it has gone unused for the inactivity
 * period (90 days) or the user's grants are revoked. A client that keeps the newest token therefore
 * never notices, and one that retries with an older token after a lost response still succeeds.
 */
final class RefreshTokens {

  private static final int PURGE_ABOVE = 50_000;

  /** A refresh token's grant and when this token was issued. */
  record Stored(DelegatedGrant grant, Instant issuedAt) {}

  private final Map<String, Stored> tokens = new ConcurrentHashMap<>();

  String issue(DelegatedGrant grant, Instant now, Duration inactivity) {
    if (tokens.size() > PURGE_ABOVE) {
      Instant oldest = now.minus(inactivity);
      tokens.values().removeIf(s -> s.issuedAt().isBefore(oldest));
    }
    String token = "1.A" + OpaqueTokens.next(128);
    tokens.put(token, new Stored(grant, now));
    return token;
  }

  /**
   * @throws AadException AADSTS70000 for a token this tenant never issued
   */
  Stored find(String token) {
    Stored stored = token == null ? null : tokens.get(token);
    if (stored == null) {
      throw new AadException(AadErrors.malformedGrant());
    }
    return stored;
  }

  /** The user a refresh token acts for, if this tenant issued it. */
  Optional<String> userOf(String token) {
    Stored stored = token == null ? null : tokens.get(token);
    return stored == null ? Optional.empty() : Optional.of(stored.grant().upn());
  }

  void clear() {
    tokens.clear();
  }
}
