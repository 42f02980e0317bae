package org.exsync.sandbox.identity;

/**
 * Checks a bearer token the identity simulator issued, as a resource server (the EWS simulator)
 * does with a token from Microsoft: signature, issuer, audience and expiry. Scopes and roles are
 * returned for the resource server to judge.
 */
@FunctionalInterface
public interface AccessTokenVerifier {

  /**
   * @param bearerToken the token without the {@code Bearer } prefix
   * @return what the token says about its holder
   * @throws InvalidTokenException when the token is malformed, badly signed, for another audience
   *     or expired; the message is what a resource server puts in {@code WWW-Authenticate}
   */
  VerifiedToken verify(String bearerToken) throws InvalidTokenException;

  /** Why a token was refused. */
  final class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
      super(message);
    }
  }
}
