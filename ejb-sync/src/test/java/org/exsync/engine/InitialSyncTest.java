package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Instant;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.sides.InMemoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new link finds the items both sides already share instead of duplicating them. */
class InitialSyncTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
  }

  @Test
  void sameAppointmentOnBothSides_isMatched_notDuplicated() {
    String crmId = h.crmCreates(meeting("Board", TEN));
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, meeting("board", TEN));
    h.crmCreates(meeting("Board", TEN.plusSeconds(86_400)));

    SyncReport report = h.runTwice();

    assertThat(h.mappings(ItemKind.DIARY).get(crmId).exchangeId()).isEqualTo(exchangeId);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(2);
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(2);
    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isEqualTo(1);
  }

  @Test
  void matchedItemsThatDifferInDetail_areSettledByThePolicy() {
    String crmId = h.crmCreates(Items.withBody(meeting("Board", TEN), "old agenda"));
    String exchangeId =
        h.exchange.userCreates(ItemKind.DIARY, Items.withBody(meeting("Board", TEN), "new agenda"));

    h.runTwice();

    assertThat(h.crm.content(crmId)).contains(Items.withBody(meeting("Board", TEN), "new agenda"));
    assertThat(h.exchange.content(exchangeId))
        .contains(Items.withBody(meeting("Board", TEN), "new agenda"));
  }

  @Test
  void matchedItemsWhoseDifferenceCannotBeWritten_areStillLinked_andNeverDuplicated() {
    String crmId = h.crmCreates(Items.task("Invoice", TEN));
    String exchangeId =
        h.exchange.userCreates(
            ItemKind.TASK, Items.completed(Items.task("Invoice", TEN), TEN.minusSeconds(60)));
    h.crm.faults.failId(crmId, org.exsync.engine.port.Failure.rejected("Not allowed"));

    SyncReport report = h.runTwice();

    assertThat(report.itemFailures()).hasSize(1);
    assertThat(h.exchangeIdOf(ItemKind.TASK, crmId)).isEqualTo(exchangeId);
    assertThat(h.exchange.contents(ItemKind.TASK)).hasSize(1);
    assertThat(h.crm.contents(ItemKind.TASK)).hasSize(1);
  }

  @Test
  void matchedItemsWhoseDifferenceFailedToBeWritten_areSettledOnTheNextRun() {
    String crmId = h.crmCreates(Items.task("Invoice", TEN));
    h.exchange.userCreates(
        ItemKind.TASK, Items.completed(Items.task("Invoice", TEN), TEN.minusSeconds(60)));
    h.crm.faults.failId(crmId, org.exsync.engine.port.Failure.transientFailure("timeout"));
    h.run();
    h.crm.faults.clear();

    h.runTwice();

    assertThat(((org.exsync.engine.item.TaskItem) h.crm.content(crmId).orElseThrow()).status())
        .isEqualTo(org.exsync.engine.item.TaskItem.Status.COMPLETED);
    assertThat(h.exchange.contents(ItemKind.TASK)).hasSize(1);
  }

  @Test
  void contacts_matchByEmail_elseByFullName() {
    String byMail = h.crmCreates(Items.contact("Kari", "Nordmann", "KARI@acme.example"));
    String byName = h.crmCreates(Items.contact("Ola", "Hansen", null));
    String mailId =
        h.exchange.userCreates(ItemKind.CONTACT, Items.contact("Kari", "N.", "kari@acme.example"));
    String nameId = h.exchange.userCreates(ItemKind.CONTACT, Items.contact("ola", "hansen", null));

    h.runTwice();

    assertThat(h.exchangeIdOf(ItemKind.CONTACT, byMail)).isEqualTo(mailId);
    assertThat(h.exchangeIdOf(ItemKind.CONTACT, byName)).isEqualTo(nameId);
    assertThat(h.exchange.contents(ItemKind.CONTACT)).hasSize(2);
    assertThat(h.crm.contents(ItemKind.CONTACT)).hasSize(2);
  }

  @Test
  void tasks_matchBySubjectAndDue() {
    String crmId = h.crmCreates(Items.task("Send offer", TEN));
    String exchangeId = h.exchange.userCreates(ItemKind.TASK, Items.task("Send offer", TEN));

    h.runTwice();

    assertThat(h.exchangeIdOf(ItemKind.TASK, crmId)).isEqualTo(exchangeId);
    assertThat(h.exchange.contents(ItemKind.TASK)).hasSize(1);
  }

  @Test
  void relinking_anAssociate_neverDuplicates() {
    h.crmCreates(meeting("Board", TEN));
    h.exchange.userCreates(ItemKind.DIARY, meeting("Lunch", TEN.plusSeconds(7200)));
    h.crmCreates(Items.contact("Kari", "Nordmann", "kari@acme.example"));
    h.runTwice();

    h.linkId = 2;
    h.store = new InMemoryStore();
    SyncReport relinked = h.runTwice();

    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(2);
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(2);
    assertThat(h.exchange.contents(ItemKind.CONTACT)).hasSize(1);
    assertThat(h.mappings(ItemKind.DIARY)).hasSize(2);
    assertThat(relinked.counts(Side.CRM).created()).isZero();
    assertThat(relinked.counts(Side.EXCHANGE).created()).isZero();
  }
}
