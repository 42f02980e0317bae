package org.exsync.engine.port;

/**
 * Gives an adapter a valid OAuth access token for one grant. {@link #current()} may answer from a
 * cache and refreshes ahead of expiry; {@link #renewed()} is for the one retry after a 401 and
 * always asks the identity platform. An {@code invalid_grant} comes back as {@link
 * FailureKind#NEEDS_REAUTHENTICATION}. Tokens are secrets: never log them.
 */
public interface AccessTokens {

  Outcome<String> current();

  Outcome<String> renewed();
}
