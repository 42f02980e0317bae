package org.exsync.engine.sides;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.port.Failure;

/** Failures an in-memory side answers instead of doing the work. */
public final class Faults {

  private final Map<String, Deque<Failure>> nextRequest = new HashMap<>();
  private final Map<Predicate<CanonicalItem>, Failure> items = new HashMap<>();
  private final Map<String, Failure> ids = new HashMap<>();

  /** The next request of the operation fails as a whole. */
  public void failNext(String operation, Failure failure) {
    nextRequest.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(failure);
  }

  /** Every write of an item matching the test fails with the failure. */
  public void failItems(Predicate<CanonicalItem> test, Failure failure) {
    items.put(test, failure);
  }

  /** Every write or read of the id fails with the failure. */
  public void failId(String id, Failure failure) {
    ids.put(id, failure);
  }

  public void clear() {
    nextRequest.clear();
    items.clear();
    ids.clear();
  }

  Optional<Failure> request(String operation) {
    Deque<Failure> queue = nextRequest.get(operation);
    return queue == null || queue.isEmpty() ? Optional.empty() : Optional.of(queue.poll());
  }

  Optional<Failure> item(CanonicalItem item) {
    return items.entrySet().stream()
        .filter(e -> e.getKey().test(item))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  Optional<Failure> id(String id) {
    return Optional.ofNullable(ids.get(id));
  }
}
