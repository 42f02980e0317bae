package org.exsync.sandbox.identity;

import java.time.Clock;
import java.time.Instant;
import org.exsync.sandbox.control.Counters;

/**
 * The simulator's state and services, shared by its endpoints: the directory, the registrations,
 * consents, issued codes and refresh tokens, the token minter, the policy and the clock.
 */
record IdentityCore(
    Directory directory,
    Applications applications,
    Consents consents,
    AuthorizationCodes codes,
    RefreshTokens refreshTokens,
    JwtSigner signer,
    TokenMinter minter,
    IdentitySettings settings,
    Clock clock,
    Counters counters) {

  Instant now() {
    return clock.instant();
  }
}
