package org.exsync.engine.store;

import java.time.Instant;
import java.util.Objects;

/**
 * How a run settled an {@link OverrideRequest}: applied (the version is on both sides) or refused
 * (the item changed again since the conflict, is no longer synced, or a side rejected the write).
 *
 * @param conflictId the recorded conflict's id
 * @param applied whether the chosen version was written
 * @param note what happened, in the admin's words
 * @param at when it was settled
 */
public record OverrideSettlement(long conflictId, boolean applied, String note, Instant at) {

  public OverrideSettlement {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(at, "at");
  }
}
