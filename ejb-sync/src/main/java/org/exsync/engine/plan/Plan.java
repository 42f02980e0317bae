package org.exsync.engine.plan;

import java.util.List;

/**
 * The actions for one pair, in a stable order, and how many reported changes were echoes of
 * Exsync's own writes.
 */
public record Plan(List<Action> actions, int echoes) {

  public Plan {
    actions = List.copyOf(actions);
  }

  public long count(Decision decision) {
    return actions.stream().filter(a -> a.decision() == decision).count();
  }
}
