package org.exsync.infrastructure.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/**
 * Sends items in batches and adapts the batch size to what Exchange takes, for the whole session:
 * after ErrorTimeoutExpired at most ten items a batch and halving from there (a batch runs at most
 * a minute on the server); after ErrorTooManyObjectsOpened no more than the server accepted. Items
 * refused for their batch's sake go again in the next batch; an item refused even alone keeps its
 * failure. A failure of a whole request fails its batch and every item not yet sent, so a throttled
 * mailbox is not asked again at once.
 */
final class Batches {

  static final int AFTER_TIMEOUT = 10;

  private int size;

  Batches(int initialSize) {
    this.size = initialSize;
  }

  int size() {
    return size;
  }

  <I, R> Sent<R> run(List<I> items, Function<List<I>, Outcome<List<ItemAnswer<R>>>> send) {
    List<Outcome<R>> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      results.add(null);
    }
    Deque<Integer> waiting = new ArrayDeque<>();
    for (int i = 0; i < items.size(); i++) {
      waiting.add(i);
    }
    while (!waiting.isEmpty()) {
      List<Integer> batch = new ArrayList<>();
      while (batch.size() < size && !waiting.isEmpty()) {
        batch.add(waiting.poll());
      }
      Outcome<List<ItemAnswer<R>>> answered = send.apply(batch.stream().map(items::get).toList());
      if (!answered.isDone()) {
        Failure failure = answered.failure().orElseThrow();
        batch.forEach(i -> results.set(i, Outcome.failed(failure)));
        waiting.forEach(i -> results.set(i, Outcome.failed(failure)));
        return new Sent<>(results, failure);
      }
      List<ItemAnswer<R>> answers = answered.value();
      int accepted = 0;
      boolean timedOut = false;
      List<Integer> again = new ArrayList<>();
      for (int k = 0; k < batch.size(); k++) {
        ItemAnswer<R> answer = answers.get(k);
        if (answer.retry() == Retry.NONE || batch.size() == 1) {
          results.set(batch.get(k), answer.outcome());
          accepted += answer.retry() == Retry.NONE ? 1 : 0;
        } else {
          again.add(batch.get(k));
          timedOut |= answer.retry() == Retry.SHORTER_BATCH;
        }
      }
      if (!again.isEmpty()) {
        size =
            timedOut
                ? Math.max(1, Math.min(AFTER_TIMEOUT, batch.size() / 2))
                : Math.max(1, accepted);
        for (int k = again.size() - 1; k >= 0; k--) {
          waiting.addFirst(again.get(k));
        }
      }
    }
    return new Sent<>(results, null);
  }
}
