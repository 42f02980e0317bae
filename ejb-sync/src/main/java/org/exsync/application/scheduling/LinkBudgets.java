package org.exsync.application.scheduling;

import org.exsync.domain.link.SyncLink;
import org.exsync.domain.rank.RankServiceAccount;

/** Whose budgets a link's run spends. */
final class LinkBudgets {

  private LinkBudgets() {}

  /**
   * The rank's service account when it has one, otherwise the mailbox: Exchange charges a call made
   * with a user's own grant to that user's mailbox, not to a budget its tenant shares; and the
   * SuperOffice tenant.
   */
  static LinkBudget of(SyncLink link, BudgetOwner crm) {
    BudgetOwner exchange =
        link.getRank()
            .getServiceAccount()
            .map(RankServiceAccount::getUpn)
            .map(BudgetOwner::exchangeServiceAccount)
            .orElseGet(() -> BudgetOwner.exchangeMailbox(link.getMailbox().getSmtpAddress()));
    return new LinkBudget(exchange, crm);
  }
}
