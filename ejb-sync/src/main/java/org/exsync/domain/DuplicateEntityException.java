package org.exsync.domain;

/**
 * Thrown when adding an entity would break a uniqueness rule, for example a second link for the
 * same associate. The message names the entity and the key that already exists.
 */
public class DuplicateEntityException extends RuntimeException {

  public DuplicateEntityException(String message, Throwable cause) {
    super(message, cause);
  }
}
