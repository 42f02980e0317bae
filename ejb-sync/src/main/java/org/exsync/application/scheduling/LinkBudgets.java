package org.exsync.application.scheduling;

import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.rank.RankServiceAccount;

/** Whose budgets a link's run spends. */
final class LinkBudgets {

  private LinkBudgets() {}

  /**
   * The rank's service account when it has one, otherwise the mailbox's tenant, otherwise the
   * mailbox itself (an on-premises mailbox reached with its own grant); and the SuperOffice tenant.
   */
  static LinkBudget of(SyncLink link, BudgetOwner crm) {
    Mailbox mailbox = link.getMailbox();
    BudgetOwner exchange =
        link.getRank()
            .getServiceAccount()
            .map(RankServiceAccount::getUpn)
            .map(BudgetOwner::exchangeServiceAccount)
            .orElseGet(
                () ->
                    mailbox
                        .getTenantId()
                        .filter(t -> !t.isBlank())
                        .map(BudgetOwner::exchangeTenant)
                        .orElseGet(() -> BudgetOwner.exchangeMailbox(mailbox.getSmtpAddress())));
    return new LinkBudget(exchange, crm);
  }
}
