package org.exsync.sandbox.ews;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.exsync.sandbox.identity.AccessTokenVerifier;
import org.exsync.sandbox.identity.VerifiedToken;

/**
 * A verifier for tests: fixed token strings stand for verified tokens, so tests need no identity
 * provider. The real one (signature, issuer, audience, expiry) is the identity simulator's.
 */
final class TestTokens implements AccessTokenVerifier {

  static final String APP = "app-token";
  static final String EXPIRED = "expired";
  static final String WRONG_AUDIENCE = "wrong-audience";
  static final String NO_SCOPE = "no-scope";
  static final String TENANT = "7d1b5c3e-0000-4000-8000-00000000feed";
  static final String AUDIENCE = "https://outlook.office365.com";

  private final Map<String, VerifiedToken> tokens;

  TestTokens(Map<String, VerifiedToken> tokens) {
    this.tokens = Map.copyOf(tokens);
  }

  /** The delegated token of a user: {@code user:<upn>}. */
  static String delegated(String upn) {
    return "user:" + upn;
  }

  @Override
  public VerifiedToken verify(String bearerToken) throws InvalidTokenException {
    if (bearerToken.startsWith("user:")) {
      String upn = bearerToken.substring(5);
      return new VerifiedToken(
          TENANT,
          "exsync-app",
          "oid-" + upn,
          upn,
          AUDIENCE,
          Set.of("EWS.AccessAsUser.All"),
          Set.of(),
          Instant.now().plusSeconds(3600));
    }
    return switch (bearerToken) {
      case APP ->
          new VerifiedToken(
              TENANT,
              "exsync-app",
              "sp-oid",
              null,
              AUDIENCE,
              Set.of(),
              Set.of("full_access_as_app"),
              Instant.now().plusSeconds(3600));
      case NO_SCOPE ->
          new VerifiedToken(
              TENANT,
              "exsync-app",
              "oid",
              "someone@example.com",
              AUDIENCE,
              Set.of("User.Read"),
              Set.of(),
              Instant.now().plusSeconds(3600));
      case EXPIRED -> throw new InvalidTokenException("The token is expired.");
      case WRONG_AUDIENCE -> throw new InvalidTokenException("The audience is invalid.");
      default -> {
        VerifiedToken known = tokens.get(bearerToken);
        if (known == null) {
          throw new InvalidTokenException("The token is malformed.");
        }
        yield known;
      }
    };
  }
}
