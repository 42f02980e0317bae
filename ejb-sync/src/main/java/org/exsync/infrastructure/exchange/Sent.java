package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * Sends the items that pass the check and fails the others with the check's failure, each in its
   * place: one bad item never fails its neighbours.
   */
  static <I, R> Outcome<ItemResults<R>> sendValid(
      List<I> items, Function<I, Optional<Failure>> check, Function<List<I>, Sent<R>> send) {
    List<Outcome<R>> results = new ArrayList<>(items.size());
    List<I> valid = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<Failure> invalid = check.apply(items.get(i));
      results.add(invalid.<Outcome<R>>map(Outcome::failed).orElse(null));
      if (invalid.isEmpty()) {
        valid.add(items.get(i));
        positions.add(i);
      }
    }
    Sent<R> sent = valid.isEmpty() ? none() : send.apply(valid);
    for (int k = 0; k < positions.size(); k++) {
      results.set(positions.get(k), sent.outcomes().get(k));
    }
    return new Sent<>(results, sent.stopped()).toPort();
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
