package org.exsync.application.scheduling;

import java.util.Objects;
import org.exsync.domain.run.RunTrigger;

/**
 * A link this server claimed and will run once the governor lets it.
 *
 * @param rankId the rank whose tick claimed it
 */
public record QueuedRun(
    long linkId, long rankId, RunTrigger trigger, LinkBudget budget, Urgency urgency) {

  public QueuedRun {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(urgency, "urgency");
  }
}
