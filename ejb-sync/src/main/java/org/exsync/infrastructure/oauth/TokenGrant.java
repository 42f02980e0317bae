package org.exsync.infrastructure.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the token endpoint gave: an access token with its expiry and, for a user, the refresh token
 * to store (rotated on every use). Tokens are secrets: {@link #toString()} leaves them out.
 */
public record TokenGrant(String accessToken, Instant expiresAt, Optional<String> refreshToken) {

  public TokenGrant {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    refreshToken = refreshToken == null ? Optional.empty() : refreshToken;
  }

  @Override
  public String toString() {
    return "TokenGrant[expiresAt=" + expiresAt + ", refreshToken=" + refreshToken.isPresent() + "]";
  }
}
