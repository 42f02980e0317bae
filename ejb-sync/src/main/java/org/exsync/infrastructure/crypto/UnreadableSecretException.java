package org.exsync.infrastructure.crypto;

/** A stored secret cannot be decrypted; the message says why, never what the secret is. */
public class UnreadableSecretException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableSecretException(String message) {
    super(message);
  }

  public UnreadableSecretException(String message, Throwable cause) {
    super(message, cause);
  }
}
