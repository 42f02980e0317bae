package org.exsync.application.link;

import jakarta.ejb.ApplicationException;

/**
 * Another admin changed or removed the link since this admin opened it; nothing was saved. The
 * message says whose link and what to do.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentEditException(String message) {
    super(message);
  }
}
