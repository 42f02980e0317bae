package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.junit.jupiter.api.Test;

/** Every typed outcome, provoked by the simulator as Exchange would answer. */
class FailureOutcomesTest extends OneMailboxTest {

  private final FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();

  FailureOutcomesTest() {
    super(0, EwsOptions.DEFAULTS.withTimeout(Duration.ofSeconds(2)));
  }

  @Test
  void http503_isTransient() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(503));

    assertThat(createFails().kind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(createFails().reason()).contains("HTTP 503");
  }

  @Test
  void serverError_isTransient() {
    fault(FaultRule.always(FaultKind.SERVICE_ERROR));

    assertThat(createFails().reason()).contains("ErrorInternalServerError");
    assertThat(createFails().kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void droppedConnection_isTransient() {
    fault(FaultRule.always(FaultKind.DROP_CONNECTION));

    assertThat(createFails().kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void aReadWhoseConnectionDropsOnce_isSentAgain_andSucceeds() {
    created("Lest igjen");
    fault(FaultRule.always(FaultKind.DROP_CONNECTION).forOperation("SyncFolderItems").times(1));

    Outcome<org.exsync.engine.port.ChangePage> page = mailbox.changes(calendar, null);

    assertThat(page.isDone()).isTrue();
    assertThat(page.value().changed()).hasSize(1);
  }

  @Test
  void aReadWhoseConnectionKeepsDropping_isSentOnceMore_only() {
    fault(FaultRule.always(FaultKind.DROP_CONNECTION).forOperation("SyncFolderItems"));
    long before = sandbox.ews.counters().get("requests.SyncFolderItems");

    Outcome<org.exsync.engine.port.ChangePage> page = mailbox.changes(calendar, null);

    assertThat(page.failure().orElseThrow().kind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(sandbox.ews.counters().get("requests.SyncFolderItems") - before).isEqualTo(2);
  }

  @Test
  void aWriteWhoseConnectionDrops_isNotSentAgain() {
    fault(FaultRule.always(FaultKind.DROP_CONNECTION).forOperation("CreateItem").times(1));

    assertThat(createFails().kind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(mailbox.create(calendar, List.of(Items.meeting("Neste"))).isDone()).isTrue();
  }

  @Test
  void serverThatHangsPastTheTimeout_isTransient_andTheCallReturnsWithinTheTimeout() {
    fault(FaultRule.always(FaultKind.TIMEOUT).withDelayMillis(6_000));

    long started = System.nanoTime();
    Failure failure = createFails();

    assertThat(failure.kind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void answerCutInHalf_isTransient() {
    fault(FaultRule.always(FaultKind.MALFORMED_BODY));

    assertThat(createFails().kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void itemGoneBetweenSyncAndRead_isGone_andItsNeighbourIsRead() {
    List<WriteReceipt> created =
        mailbox
            .create(calendar, List.of(Items.meeting("A"), Items.meeting("B")))
            .value()
            .outcomes()
            .stream()
            .map(Outcome::value)
            .toList();
    sandbox.outlook(user).delete(created.get(0).id());

    ItemResults<?> read =
        mailbox.read(calendar, List.of(created.get(0).id(), created.get(1).id())).value();

    assertThat(read.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.GONE);
    assertThat(read.get(1).isDone()).isTrue();
  }

  @Test
  void aSyncStateExchangeNoLongerKnows_isGone() {
    Failure failure = mailbox.changes(calendar, "bm90IGEgc3luYyBzdGF0ZQ==").failure().orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureKind.GONE);
    assertThat(failure.reason()).contains("from the beginning");
  }

  @Test
  void anIdExchangeNeverIssued_isRejected() {
    ItemResults<?> read = mailbox.read(calendar, List.of("not-an-exchange-id")).value();

    assertThat(read.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
  }

  @Test
  void aFaultOnOneMailbox_leavesAnotherMailboxAlone() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(503));
    try (ExchangeMailbox other =
        sandbox.open(sandbox.appOnly(sandbox.user(1)), EwsOptions.DEFAULTS)) {
      assertThat(other.defaultFolder(ItemKind.DIARY).isDone()).isTrue();
    }
    assertThat(createFails().kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void aFailedRequest_failsTheWholeBatchAsTheOuterOutcome() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(503).forOperation("DeleteItem"));

    Outcome<ItemResults<String>> deleted =
        mailbox.delete(calendar, List.of(new ItemRef(created("X").id(), null)));

    assertThat(deleted.failure().orElseThrow().kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  private WriteReceipt created(String subject) {
    return mailbox.create(calendar, List.of(Items.meeting(subject))).value().get(0).value();
  }

  private Failure createFails() {
    return mailbox.create(calendar, List.of(Items.meeting("Feil"))).failure().orElseThrow();
  }

  private void fault(FaultRule rule) {
    sandbox.ews.faults().add(rule.forPrincipal(user.email()));
  }
}
