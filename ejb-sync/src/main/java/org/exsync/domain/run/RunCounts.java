package org.exsync.domain.run;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.exsync.domain.shared.Require;

/**
 * How many items a run created, updated and deleted on each side, plus conflicts and errors. An
 * immutable value: every {@code plus} returns a new one.
 */
@Embeddable
public class RunCounts {

  @Column(name = "crm_created", nullable = false)
  private int crmCreated;

  @Column(name = "crm_updated", nullable = false)
  private int crmUpdated;

  @Column(name = "crm_deleted", nullable = false)
  private int crmDeleted;

  @Column(name = "exchange_created", nullable = false)
  private int exchangeCreated;

  @Column(name = "exchange_updated", nullable = false)
  private int exchangeUpdated;

  @Column(name = "exchange_deleted", nullable = false)
  private int exchangeDeleted;

  @Column(name = "conflicts", nullable = false)
  private int conflicts;

  @Column(name = "errors", nullable = false)
  private int errors;

  protected RunCounts() {}

  /** All zero. */
  public static RunCounts none() {
    return new RunCounts();
  }

  /** These counts with count more changes of that action on that side. */
  public RunCounts plus(Side side, ChangeAction action, int count) {
    Require.atLeast(count, 0, "count");
    RunCounts sum = copy();
    switch (side) {
      case CRM -> {
        switch (action) {
          case CREATED -> sum.crmCreated += count;
          case UPDATED -> sum.crmUpdated += count;
          case DELETED -> sum.crmDeleted += count;
        }
      }
      case EXCHANGE -> {
        switch (action) {
          case CREATED -> sum.exchangeCreated += count;
          case UPDATED -> sum.exchangeUpdated += count;
          case DELETED -> sum.exchangeDeleted += count;
        }
      }
    }
    return sum;
  }

  public RunCounts plusConflicts(int count) {
    RunCounts sum = copy();
    sum.conflicts += Require.atLeast(count, 0, "count");
    return sum;
  }

  public RunCounts plusErrors(int count) {
    RunCounts sum = copy();
    sum.errors += Require.atLeast(count, 0, "count");
    return sum;
  }

  /** The sum of both, for example of two batches of one run. */
  public RunCounts plus(RunCounts other) {
    Require.present(other, "other");
    RunCounts sum = copy();
    for (Side side : Side.values()) {
      for (ChangeAction action : ChangeAction.values()) {
        sum = sum.plus(side, action, other.of(side, action));
      }
    }
    return sum.plusConflicts(other.conflicts).plusErrors(other.errors);
  }

  /** How many changes of that action were applied to that side. */
  public int of(Side side, ChangeAction action) {
    return switch (side) {
      case CRM ->
          switch (action) {
            case CREATED -> crmCreated;
            case UPDATED -> crmUpdated;
            case DELETED -> crmDeleted;
          };
      case EXCHANGE ->
          switch (action) {
            case CREATED -> exchangeCreated;
            case UPDATED -> exchangeUpdated;
            case DELETED -> exchangeDeleted;
          };
    };
  }

  public int getConflicts() {
    return conflicts;
  }

  public int getErrors() {
    return errors;
  }

  /** All changes applied on both sides. */
  public int totalChanges() {
    return crmCreated
        + crmUpdated
        + crmDeleted
        + exchangeCreated
        + exchangeUpdated
        + exchangeDeleted;
  }

  private RunCounts copy() {
    RunCounts copy = new RunCounts();
    copy.crmCreated = crmCreated;
    copy.crmUpdated = crmUpdated;
    copy.crmDeleted = crmDeleted;
    copy.exchangeCreated = exchangeCreated;
    copy.exchangeUpdated = exchangeUpdated;
    copy.exchangeDeleted = exchangeDeleted;
    copy.conflicts = conflicts;
    copy.errors = errors;
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RunCounts that)) {
      return false;
    }
    for (Side side : Side.values()) {
      for (ChangeAction action : ChangeAction.values()) {
        if (of(side, action) != that.of(side, action)) {
          return false;
        }
      }
    }
    return conflicts == that.conflicts && errors == that.errors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        crmCreated,
        crmUpdated,
        crmDeleted,
        exchangeCreated,
        exchangeUpdated,
        exchangeDeleted,
        conflicts,
        errors);
  }

  @Override
  public String toString() {
    return "CRM +"
        + crmCreated
        + " ~"
        + crmUpdated
        + " -"
        + crmDeleted
        + ", Exchange +"
        + exchangeCreated
        + " ~"
        + exchangeUpdated
        + " -"
        + exchangeDeleted
        + ", conflicts "
        + conflicts
        + ", errors "
        + errors;
  }
}
