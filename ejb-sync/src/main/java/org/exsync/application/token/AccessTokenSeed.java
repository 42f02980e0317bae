package org.exsync.application.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.exsync.domain.grant.Grant;
import org.exsync.infrastructure.oauth.TokenGrant;

/**
 * Keeps the access token a consent's code redemption produced, so that the first sync after a
 * consent needs no refresh.
 */
@ApplicationScoped
public class AccessTokenSeed {

  @Inject private AccessTokenCache cache;

  public void seed(Grant grant, TokenGrant tokens) {
    cache.put(GrantRefresher.key(grant), tokens.accessToken(), tokens.expiresAt());
  }
}
