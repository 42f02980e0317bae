package org.exsync.sandbox.control;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults a simulator currently injects. Rules are tried in the order they were added; the first
 * that matches and is drawn (by its share) hits the request. Thread-safe.
 */
public final class FaultPlan {

  private final List<Armed> rules = new CopyOnWriteArrayList<>();

  public void add(FaultRule rule) {
    rules.add(new Armed(rule, new AtomicInteger(rule.times())));
  }

  public void clear() {
    rules.clear();
  }

  public List<FaultRule> rules() {
    return rules.stream().map(Armed::rule).toList();
  }

  /**
   * The fault that hits this request, if any. A rule with a limited count is spent by the requests
   * it hits and then removed.
   */
  public Optional<FaultRule> draw(String operation, String principal) {
    for (Armed armed : rules) {
      FaultRule rule = armed.rule();
      if (!rule.matches(operation, principal)) {
        continue;
      }
      if (rule.share() < 1 && ThreadLocalRandom.current().nextDouble() >= rule.share()) {
        continue;
      }
      if (rule.times() == FaultRule.UNLIMITED) {
        return Optional.of(rule);
      }
      int left = armed.left().getAndDecrement();
      if (left <= 1) {
        rules.remove(armed);
      }
      if (left >= 1) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  private record Armed(FaultRule rule, AtomicInteger left) {}
}
