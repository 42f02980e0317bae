package org.exsync.application.conflict;

import jakarta.ejb.ApplicationException;

/**
 * An override that cannot be done as asked: the item changed again since the conflict (the newer
 * change stands), it is no longer synced, or the conflict was overridden already. Nothing changed.
 */
@ApplicationException(rollback = true)
public class OverrideRefusal extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public OverrideRefusal(String message) {
    super(message);
  }
}
