package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;

/**
 * The outcomes of items sent in batches, and the failure of a whole request that stopped the
 * sending, if one did. Items never sent carry that failure too.
 */
record Sent<R>(List<Outcome<R>> outcomes, Failure stopped) {

  Sent {
    outcomes = java.util.Collections.unmodifiableList(new ArrayList<>(outcomes));
  }

  static <R> Sent<R> none() {
    return new Sent<>(List.of(), null);
  }

  /** The same items with each successful value turned into another outcome. */
  <U> Sent<U> then(Function<? super R, Outcome<U>> next) {
    return new Sent<>(outcomes.stream().map(o -> o.then(next)).toList(), stopped);
  }

  /**
   * As the port answers: the request's failure when it stopped before any item got through,
   * otherwise one outcome per item.
   */
  Outcome<ItemResults<R>> toPort() {
    if (stopped != null && outcomes.stream().noneMatch(Outcome::isDone)) {
      return Outcome.failed(stopped);
    }
    return Outcome.done(new ItemResults<>(outcomes));
  }
}
