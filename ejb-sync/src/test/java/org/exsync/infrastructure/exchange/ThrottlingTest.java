package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.Outcome;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Exchange's throttling as the adapter meets it: a budget run dry answers ErrorServerBusy with the
 * back-off to wait; too many requests at once answer ErrorExceededConnectionCount.
 */
class ThrottlingTest {

  private final SandboxExchange sandbox = new SandboxExchange();
  private final SeedUser user = sandbox.user(2);

  @AfterEach
  void close() {
    sandbox.close();
  }

  /** Every request costs 1.2 s of a budget of 1 ms that recharges a millisecond a millisecond. */
  private void budgetOfOneRequest() {
    sandbox.ews.updateSettings(
        s -> s.withThrottling(s.throttling().withBudget(1, 3_600_000).withCosts(1_200, 0, 0)));
  }

  @Test
  void serverBusy_isWaitedOutForTheBackOffTheServerAskedFor_andThenSucceeds() {
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(user), EwsOptions.DEFAULTS)) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();
      budgetOfOneRequest();
      String state = mailbox.changes(calendar, null).value().syncState();

      long started = System.nanoTime();
      Outcome<?> page = mailbox.changes(calendar, state);
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      long askedFor = sandbox.count("throttled.backOffMillis");
      assertThat(sandbox.count("throttled.ErrorServerBusy")).isEqualTo(1);
      assertThat(askedFor).isBetween(1_000L, 1_200L);
      assertThat(page.isDone()).isTrue();
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(askedFor));
      assertThat(sandbox.count("requests.SyncFolderItems")).isEqualTo(3);
    }
  }

  @Test
  void aBackOffLongerThanTheAdapterWaits_isThrottledWithThatBackOff() {
    EwsOptions impatient = EwsOptions.DEFAULTS.withInlineWaits(Duration.ofMillis(100), 3);
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(user), impatient)) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();
      budgetOfOneRequest();
      mailbox.changes(calendar, null);

      Failure throttled = mailbox.changes(calendar, null).failure().orElseThrow();

      assertThat(throttled.kind()).isEqualTo(FailureKind.THROTTLED);
      assertThat(throttled.backoff().toMillis())
          .isEqualTo(sandbox.count("throttled.backOffMillis"));
      assertThat(throttled.reason()).contains("ErrorServerBusy");
    }
  }

  @Test
  void tooManyRequestsAtOnce_isThrottledWithTheDefaultBackOff() throws Exception {
    sandbox.ews.updateSettings(
        s ->
            s.withThrottling(s.throttling().withConcurrency(1, 1_000))
                .withLatency(new Latency(800, 0, 0)));
    EwsOptions noWaiting =
        EwsOptions.DEFAULTS
            .withInlineWaits(Duration.ZERO, 0)
            .withDefaultBackoff(Duration.ofSeconds(7));
    List<CompletableFuture<Outcome<FolderRef>>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(user), noWaiting)) {
                  return mailbox.defaultFolder(ItemKind.TASK);
                }
              }));
      Thread.sleep(200);
    }

    List<Outcome<FolderRef>> outcomes = calls.stream().map(CompletableFuture::join).toList();

    assertThat(outcomes).filteredOn(Outcome::isDone).hasSize(1);
    Failure throttled =
        outcomes.stream()
            .filter(o -> !o.isDone())
            .findFirst()
            .orElseThrow()
            .failure()
            .orElseThrow();
    assertThat(throttled.kind()).isEqualTo(FailureKind.THROTTLED);
    assertThat(throttled.backoff()).isEqualTo(Duration.ofSeconds(7));
    assertThat(throttled.reason()).contains("ErrorExceededConnectionCount");
  }

  @Test
  void batchesOfManyItems_adaptToTheServersLimitOfOpenItems() {
    sandbox.ews.updateSettings(s -> s.withThrottling(s.throttling().withItemsPerRequest(5)));
    try (ExchangeMailbox mailbox =
        sandbox.open(sandbox.appOnly(user), EwsOptions.DEFAULTS.withBatchSize(50))) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      List<org.exsync.engine.item.CanonicalItem> people = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        people.add(Items.contact("Person" + i, "Etternavn"));
      }

      var created = mailbox.create(contacts, people).value();

      assertThat(created.failedCount()).isZero();
      assertThat(sandbox.count("requests.CreateItem")).isEqualTo(3);
      assertThat(((EwsMailbox) mailbox).batchSize()).isEqualTo(5);
      assertThat(sandbox.outlook(user).itemIds("contacts")).hasSize(12);
    }
  }

  @Test
  void aBatchThatRunsPastTheServersMinute_isSplitIntoBatchesOfAtMostTen() {
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(user), EwsOptions.DEFAULTS)) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      List<org.exsync.engine.item.CanonicalItem> people = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        people.add(Items.contact("Person" + i, "Etternavn"));
      }
      List<String> ids =
          mailbox.create(contacts, people).value().outcomes().stream()
              .map(o -> o.value().id())
              .toList();
      sandbox.ews.updateSettings(
          s ->
              s.withThrottling(s.throttling().withBatchTimeLimit(50))
                  .withLatency(new Latency(0, 2, 0)));
      long before = sandbox.count("requests.GetItem");

      var read = mailbox.read(contacts, ids).value();

      assertThat(read.failedCount()).isZero();
      assertThat(((EwsMailbox) mailbox).batchSize()).isEqualTo(10);
      assertThat(sandbox.count("requests.GetItem") - before).isEqualTo(2);
    }
  }

  @Test
  void aServerThatTimesOutEvenOneItem_failsThatItemAsTransient() {
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(user), EwsOptions.DEFAULTS)) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      String id =
          mailbox
              .create(contacts, List.of(Items.contact("Treg", "Server")))
              .value()
              .get(0)
              .value()
              .id();
      sandbox.ews.updateSettings(
          s ->
              s.withThrottling(s.throttling().withBatchTimeLimit(1))
                  .withLatency(new Latency(0, 5, 0)));

      Failure failure = mailbox.read(contacts, List.of(id)).value().get(0).failure().orElseThrow();

      assertThat(failure.kind()).isEqualTo(FailureKind.TRANSIENT);
      assertThat(failure.reason()).contains("ErrorTimeoutExpired");
    }
  }
}
