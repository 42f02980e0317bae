package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issued authorization codes. A code is redeemed once; a redeemed code is remembered until it would
 * have expired, so a second redemption is told AADSTS54005 rather than "unknown code".
 */
final class AuthorizationCodes {

  private static final int PURGE_ABOVE = 10_000;

  /**
   * One code's binding.
   *
   * @param grant what the user granted
   * @param redirectUri the redirect URI of the authorize request, which the redemption must repeat
   * @param codeChallenge the PKCE challenge, or {@code null} when none was sent
   * @param challengeMethod {@code S256} or {@code plain}
   * @param nonce the authorize request's nonce, echoed in the id token, or {@code null}
   * @param expiresAt when the code stops being redeemable
   */
  record Issued(
      DelegatedGrant grant,
      String redirectUri,
      String codeChallenge,
      String challengeMethod,
      String nonce,
      Instant expiresAt) {}

  private record Entry(Issued issued, AtomicBoolean redeemed) {}

  private final Map<String, Entry> codes = new ConcurrentHashMap<>();

  String issue(Issued issued, Instant now) {
    if (codes.size() > PURGE_ABOVE) {
      codes.values().removeIf(e -> e.issued().expiresAt().isBefore(now));
    }
    String code = "0.A" + OpaqueTokens.next(96);
    codes.put(code, new Entry(issued, new AtomicBoolean()));
    return code;
  }

  /**
   * Spends a code.
   *
   * @throws AadException AADSTS70000 for an unknown code, AADSTS54005 for a spent one, AADSTS70008
   *     for an expired one
   */
  Issued redeem(String code, Instant now) {
    Entry entry = code == null ? null : codes.get(code);
    if (entry == null) {
      throw new AadException(AadErrors.malformedGrant());
    }
    if (!entry.redeemed().compareAndSet(false, true)) {
      throw new AadException(AadErrors.codeRedeemed());
    }
    if (!now.isBefore(entry.issued().expiresAt())) {
      throw new AadException(AadErrors.codeExpired());
    }
    return entry.issued();
  }

  /** The user a live code was issued for, without spending it. */
  Optional<String> userOf(String code) {
    Entry entry = code == null ? null : codes.get(code);
    return entry == null ? Optional.empty() : Optional.of(entry.issued().grant().upn());
  }

  void clear() {
    codes.clear();
  }
}
