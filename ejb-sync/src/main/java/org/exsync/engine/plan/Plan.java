package org.exsync.engine.plan;

import java.util.List;

/**
 * The actions for one pair, in a stable order, how many reported changes were echoes of Exsync's
 * own writes, and the changes the planner set aside or overruled ({@link Notice}).
 */
public record Plan(List<Action> actions, int echoes, List<Notice> notices) {

  public Plan {
    actions = List.copyOf(actions);
    notices = List.copyOf(notices);
  }

  public Plan(List<Action> actions, int echoes) {
    this(actions, echoes, List.of());
  }

  public long count(Decision decision) {
    return actions.stream().filter(a -> a.decision() == decision).count();
  }
}
