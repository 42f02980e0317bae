package org.exsync.application.token;

import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.Outcome;

/** The {@link AccessTokens} of one grant, as the Exchange connector receives them. */
final class GrantAccessTokens implements AccessTokens {

  private final long grantId;
  private final TokenService service;

  GrantAccessTokens(long grantId, TokenService service) {
    this.grantId = grantId;
    this.service = service;
  }

  @Override
  public Outcome<String> current() {
    return service.current(grantId);
  }

  @Override
  public Outcome<String> renewed() {
    return service.renewed(grantId);
  }

  @Override
  public String toString() {
    return "AccessTokens[grant " + grantId + "]";
  }
}
