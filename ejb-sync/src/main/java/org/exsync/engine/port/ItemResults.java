package org.exsync.engine.port;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The per-item outcomes of one batch request, in the order of the items asked for. One bad item
 * never fails its neighbours: each carries its own outcome.
 */
public record ItemResults<R>(List<Outcome<R>> outcomes) {

  public ItemResults {
    outcomes = List.copyOf(outcomes);
  }

  /** The same failure for every one of count items, when a whole batch could not be asked. */
  public static <R> ItemResults<R> allFailed(int count, Failure failure) {
    List<Outcome<R>> failed = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      failed.add(Outcome.failed(failure));
    }
    return new ItemResults<>(failed);
  }

  public Outcome<R> get(int index) {
    return outcomes.get(index);
  }

  public int size() {
    return outcomes.size();
  }

  public long failedCount() {
    return outcomes.stream().filter(o -> !o.isDone()).count();
  }

  public <U> ItemResults<U> map(Function<? super R, ? extends U> mapping) {
    return new ItemResults<>(outcomes.stream().<Outcome<U>>map(o -> o.map(mapping)).toList());
  }
}
