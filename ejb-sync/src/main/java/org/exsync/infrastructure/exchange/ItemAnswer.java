package org.exsync.infrastructure.exchange;

import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/** What Exchange answered for one item of a batch, and whether it is worth sending again. */
record ItemAnswer<R>(Outcome<R> outcome, Retry retry) {

  static <R> ItemAnswer<R> done(R value) {
    return new ItemAnswer<>(Outcome.done(value), Retry.NONE);
  }

  static <R> ItemAnswer<R> failed(Failure failure) {
    return new ItemAnswer<>(Outcome.failed(failure), Retry.NONE);
  }

  <U> ItemAnswer<U> recast() {
    if (outcome.isDone()) {
      throw new IllegalStateException("Only a failed answer changes its type");
    }
    return new ItemAnswer<>(Outcome.failed(outcome.failure().orElseThrow()), retry);
  }
}
