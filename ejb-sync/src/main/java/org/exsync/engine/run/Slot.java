package org.exsync.engine.run;

import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/** The outcome of one item's write, filled in when its queue is sent. */
final class Slot<R> {

  private Outcome<R> outcome;

  void fill(Outcome<R> result) {
    outcome = result;
  }

  Outcome<R> outcome() {
    if (outcome == null) {
      throw new IllegalStateException("The write of this item was not sent yet");
    }
    return outcome;
  }

  boolean isDone() {
    return outcome().isDone();
  }

  Failure failure() {
    return outcome().failure().orElseThrow();
  }
}
