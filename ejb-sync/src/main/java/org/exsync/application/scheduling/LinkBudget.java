package org.exsync.application.scheduling;

import java.util.List;
import java.util.Objects;
import org.exsync.domain.run.Side;

/** The two budget owners one link's run spends: its Exchange owner and the SuperOffice tenant. */
public record LinkBudget(BudgetOwner exchange, BudgetOwner crm) {

  public LinkBudget {
    Objects.requireNonNull(exchange, "exchange");
    Objects.requireNonNull(crm, "crm");
  }

  public List<BudgetOwner> owners() {
    return List.of(exchange, crm);
  }

  /** The owner whose budget a throttling answer of that side is about. */
  public BudgetOwner of(Side side) {
    return switch (side) {
      case EXCHANGE -> exchange;
      case CRM -> crm;
    };
  }
}
