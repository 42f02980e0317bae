package org.exsync.application.token;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/**
 * Valid access tokens for the connectors, per grant: from memory while a token has more than five
 * minutes left, otherwise refreshed through {@link GrantRefresher}, which serializes refreshes of
 * one grant across threads and servers with a row lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenService {

  private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

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
    return cached.isPresent() ? Outcome.done(cached.get()) : refresh(grantId, false);
  }

  /** A token fresh from the identity platform, after the resource refused the current one. */
  public Outcome<String> renewed(long grantId) {
    return refresh(grantId, true);
  }

  /**
   * Refreshes; when the grant's row lock could not be had in time (another server's refresh took
   * long) the token that refresh left is taken, or the failure is a passing one.
   */
  private Outcome<String> refresh(long grantId, boolean force) {
    try {
      return refresher.refresh(grantId, force);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Refreshing the token of grant " + grantId + " failed", e);
      return refresher
          .cachedFor(grantId, clock.instant())
          .map(Outcome::done)
          .orElseGet(
              () ->
                  Outcome.failed(
                      Failure.transientFailure(
                          "The token of grant "
                              + grantId
                              + " could not be refreshed just now: "
                              + e.getMessage())));
    }
  }
}
