package org.exsync.application.token;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.Outcome;

/**
 * Valid access tokens for the connectors, per grant: from memory while a token has more than five
 * minutes left, otherwise refreshed through {@link GrantRefresher}, which serializes refreshes of
 * one grant across threads and servers with a row lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenService {

  @Inject private AccessTokenCache cache;
  @Inject private GrantRefresher refresher;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The access tokens of a grant, for {@link org.exsync.engine.port.ExchangeAuth}. */
  public AccessTokens forGrant(long grantId) {
    return new GrantAccessTokens(grantId, context.getBusinessObject(TokenService.class));
  }

  /** A token with more than five minutes left, refreshed if needed. */
  public Outcome<String> current(long grantId) {
    Optional<String> cached = refresher.cachedFor(grantId, clock.instant());
    return cached.isPresent() ? Outcome.done(cached.get()) : refresher.refresh(grantId, false);
  }

  /** A token fresh from the identity platform, after the resource refused the current one. */
  public Outcome<String> renewed(long grantId) {
    return refresher.refresh(grantId, true);
  }
}
