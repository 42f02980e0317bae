package org.exsync.engine.port;

import java.time.Instant;
import java.util.Objects;

/**
 * The span of time whose diary items and tasks are kept in step: from (inclusive) to (exclusive).
 */
public record SyncWindow(Instant from, Instant to) {

  public SyncWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "A sync window must end after it starts: " + from + " .. " + to);
    }
  }

  /** Whether an item from start to end touches the window. */
  public boolean overlaps(Instant start, Instant end) {
    return start.isBefore(to) && !end.isBefore(from);
  }
}
