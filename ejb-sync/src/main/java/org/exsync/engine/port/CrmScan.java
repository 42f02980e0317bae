package org.exsync.engine.port;

import java.util.Set;

/**
 * One look at a scope: its items changed since the watermark and the ids of every item in it now,
 * which the engine compares with the mapped ones to find deletions and items that came into the
 * scope without a change of their own.
 */
public record CrmScan(CrmChanges changes, Set<String> presentIds) {

  public CrmScan {
    presentIds = Set.copyOf(presentIds);
  }
}
