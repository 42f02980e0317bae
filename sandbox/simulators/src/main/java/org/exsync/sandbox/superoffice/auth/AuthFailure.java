package org.exsync.sandbox.superoffice.auth;

/** Credentials that do not let a caller in; answered with 401. The message never holds secrets. */
public final class AuthFailure extends RuntimeException {

  public AuthFailure(String message) {
    super(message);
  }
}
