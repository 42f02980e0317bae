package org.exsync.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;

/**
 * The writes of one kind to one side within a batch, sent as one request. A request that fails as a
 * whole fails each of its items with that failure; a stopping failure is also returned so the pair
 * stops.
 */
final class WriteQueue<I, R> {

  private final List<I> inputs = new ArrayList<>();
  private final List<Slot<R>> slots = new ArrayList<>();
  private boolean sent;

  Slot<R> add(I input) {
    Slot<R> slot = new Slot<>();
    inputs.add(input);
    slots.add(slot);
    return slot;
  }

  Optional<Failure> send(Function<List<I>, Outcome<ItemResults<R>>> request) {
    sent = true;
    if (inputs.isEmpty()) {
      return Optional.empty();
    }
    Outcome<ItemResults<R>> answer = request.apply(List.copyOf(inputs));
    if (!answer.isDone()) {
      Failure failure = answer.failure().orElseThrow();
      abandon(failure);
      return Stops.isStop(failure) ? Optional.of(failure) : Optional.empty();
    }
    ItemResults<R> results = answer.value();
    for (int i = 0; i < slots.size(); i++) {
      slots.get(i).fill(i < results.size() ? results.get(i) : missing());
    }
    return Optional.empty();
  }

  /** Fails the items of a queue not sent, when an earlier request stopped the pair. */
  void abandonUnsent(Failure failure) {
    if (!sent) {
      sent = true;
      abandon(failure);
    }
  }

  private void abandon(Failure failure) {
    slots.forEach(slot -> slot.fill(Outcome.failed(failure)));
  }

  private static <R> Outcome<R> missing() {
    return Outcome.failed(Failure.transientFailure("The system answered fewer items than sent"));
  }
}
