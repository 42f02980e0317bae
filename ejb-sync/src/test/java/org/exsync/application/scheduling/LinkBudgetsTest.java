package org.exsync.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankServiceAccount;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

/** Whose budget a link's run spends. */
class LinkBudgetsTest {

  private static final BudgetOwner CRM = BudgetOwner.superOffice("Cust26759");

  @Test
  void anOnlineMailbox_spendsItsOwnBudget_notOneItsTenantShares() {
    LinkBudget budget = LinkBudgets.of(link("Tenant-ABC"), CRM);

    assertThat(budget.exchange()).isEqualTo(BudgetOwner.exchangeMailbox("Ola@Example.com "));
    assertThat(budget.exchange().key()).isEqualTo("exchange:mailbox:ola@example.com");
    assertThat(budget.of(Side.CRM)).isEqualTo(CRM);
    assertThat(budget.owners()).containsExactly(budget.exchange(), CRM);
  }

  @Test
  void anOnPremisesMailbox_spendsItsOwnBudget() {
    assertThat(LinkBudgets.of(link(null), CRM).of(Side.EXCHANGE))
        .isEqualTo(BudgetOwner.exchangeMailbox("ola@example.com"));
  }

  @Test
  void aRankWithAServiceAccount_spendsThatAccountsBudget_notTheTenants() {
    SyncLink link = link("Tenant-ABC");
    link.getRank()
        .useServiceAccount(
            new RankServiceAccount("Svc-Gold@Example.com", "exsync-exchange-service-password"));

    assertThat(LinkBudgets.of(link, CRM).of(Side.EXCHANGE))
        .isEqualTo(BudgetOwner.exchangeServiceAccount("svc-gold@example.com"));
    assertThat(LinkBudgets.of(link, CRM).exchange().key())
        .isEqualTo("exchange:service-account:svc-gold@example.com");
  }

  @Test
  void anOnSiteSuperOffice_isOneTenant() {
    assertThat(BudgetOwner.superOffice("")).isEqualTo(BudgetOwner.superOffice(null));
    assertThat(BudgetOwner.superOffice("").key()).isEqualTo("superoffice:on-site");
    assertThat(BudgetOwner.superOffice("").isSuperOffice()).isTrue();
    assertThat(BudgetOwner.exchangeMailbox("superoffice:x@example.com").isSuperOffice()).isFalse();
  }

  private static SyncLink link(String tenant) {
    Associate associate =
        new Associate(17, "Ola Nordmann", "OLA", "ola@example.com", AssociateType.EMPLOYEE);
    Mailbox mailbox =
        new Mailbox(
            "ola@example.com",
            URI.create("https://outlook.office365.com/EWS/Exchange.asmx"),
            MailboxKind.EWS_ONLINE,
            tenant);
    Rank rank = new Rank("Default", 0, Duration.ofMinutes(5), 100);
    return new SyncLink(associate, mailbox, EnumSet.of(ItemKind.DIARY), rank, Instant.EPOCH);
  }
}
