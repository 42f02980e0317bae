package org.exsync.application.scheduling;

import jakarta.ejb.ApplicationException;

/**
 * An admin's change of ranks or runs that cannot be made, with a message that says why and what to
 * do instead. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class SchedulingRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SchedulingRefusal(String message) {
    super(message);
  }
}
