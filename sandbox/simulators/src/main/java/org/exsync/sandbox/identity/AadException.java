package org.exsync.sandbox.identity;

/** Carries an {@link AadError} from deep in a request to the endpoint that renders it. */
final class AadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient AadError error;

  AadException(AadError error) {
    super("AADSTS" + error.code() + " " + error.error(), null, false, false);
    this.error = error;
  }

  AadError error() {
    return error;
  }
}
