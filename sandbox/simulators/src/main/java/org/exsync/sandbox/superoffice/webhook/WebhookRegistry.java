package org.exsync.sandbox.superoffice.webhook;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/** The registered webhooks by id. */
public final class WebhookRegistry {

  private final ConcurrentSkipListMap<Integer, Webhook> hooks = new ConcurrentSkipListMap<>();
  private final AtomicInteger lastId = new AtomicInteger();

  public Webhook add(IntFunction<Webhook> factory) {
    Webhook hook = factory.apply(lastId.incrementAndGet());
    hooks.put(hook.id(), hook);
    return hook;
  }

  public Optional<Webhook> get(int id) {
    return Optional.ofNullable(hooks.get(id));
  }

  public Collection<Webhook> all() {
    return hooks.values();
  }

  void update(int id, UnaryOperator<Webhook> change) {
    hooks.computeIfPresent(id, (key, hook) -> change.apply(hook));
  }

  public boolean remove(int id) {
    return hooks.remove(id) != null;
  }

  public void clear() {
    hooks.clear();
    lastId.set(0);
  }
}
