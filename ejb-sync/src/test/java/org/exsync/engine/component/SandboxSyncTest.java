package org.exsync.engine.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.Items;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncReport;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairKey;
import org.exsync.sandbox.data.WorldSizes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine against the real EWS and SuperOffice adapters and the in-process simulators. */
class SandboxSyncTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Sandboxes sandboxes;

  @AfterEach
  void close() {
    sandboxes.close();
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void newItemInSuperOffice_reachesExchange_andASecondRunWritesNothing(ItemKind kind) {
    sandboxes = new Sandboxes(new WorldSizes(1, 0, 0, 0));
    CanonicalItem item = sample(kind);
    String crmId = created(kind, item);
    int before = sandboxes.store.mappings(PairKey.of(1, kind)).size();

    SyncReport first = sandboxes.run(Set.of(kind));
    SyncReport second = sandboxes.run(Set.of(kind));

    assertThat(before).isZero();
    assertThat(first.outcome()).as(first.toString()).isEqualTo(RunOutcome.SUCCEEDED);
    MappingRecord mapping = mappingOf(kind, crmId);
    SourceItem inExchange =
        done(sandboxes.mailbox.read(folder(kind), List.of(mapping.exchangeId()))).get(0).value();
    assertThat(inExchange.content().title()).isEqualTo(item.title());
    assertThat(inExchange.contentHash()).isEqualTo(item.contentHash());
    assertThat(second.counts(Side.CRM)).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.EXCHANGE)).isEqualTo(SideCounts.NONE);
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void changeInExchange_reachesSuperOffice(ItemKind kind) {
    sandboxes = new Sandboxes(new WorldSizes(1, 0, 0, 0));
    String crmId = created(kind, sample(kind));
    sandboxes.run(Set.of(kind));
    MappingRecord mapping = mappingOf(kind, crmId);

    CanonicalItem changed = changed(kind);
    done(
        sandboxes.mailbox.update(
            folder(kind),
            List.of(new ItemUpdate(mapping.exchangeId(), mapping.exchangeVersion(), changed))));
    sandboxes.tick();
    SyncReport report = sandboxes.run(Set.of(kind));

    assertThat(report.counts(kind, Side.CRM).updated()).as(report.toString()).isEqualTo(1);
    SourceItem inCrm = done(sandboxes.crm.read(kind, List.of(mapping.crmId()))).get(0).value();
    assertThat(inCrm.content().title()).isEqualTo(changed.title());
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void deletedInSuperOffice_isDeletedInExchange_andDeletedInExchange_isDeletedInSuperOffice(
      ItemKind kind) {
    sandboxes = new Sandboxes(new WorldSizes(1, 0, 0, 0));
    String first = created(kind, sample(kind));
    String second = created(kind, changed(kind));
    sandboxes.run(Set.of(kind));
    MappingRecord firstPair = mappingOf(kind, first);
    MappingRecord secondPair = mappingOf(kind, second);

    done(sandboxes.crm.delete(kind, List.of(new ItemRef(first, null))));
    done(
        sandboxes.mailbox.delete(
            folder(kind), List.of(new ItemRef(secondPair.exchangeId(), null))));
    sandboxes.tick();
    SyncReport report = sandboxes.run(Set.of(kind));

    assertThat(report.counts(kind, Side.EXCHANGE).deleted()).as(report.toString()).isEqualTo(1);
    assertThat(report.counts(kind, Side.CRM).deleted()).isEqualTo(1);
    assertThat(
            done(sandboxes.mailbox.read(folder(kind), List.of(firstPair.exchangeId())))
                .get(0)
                .failure())
        .map(f -> f.kind())
        .contains(org.exsync.engine.port.FailureKind.GONE);
    assertThat(done(sandboxes.crm.read(kind, List.of(second))).get(0).failure())
        .map(f -> f.kind())
        .contains(org.exsync.engine.port.FailureKind.GONE);
  }

  @Test
  void initialSync_ofASeededWorld_linksWhatBothSidesHold_withoutDuplicates() {
    sandboxes = new Sandboxes(new WorldSizes(1, 8, 4, 6));
    Set<ItemKind> all = Set.of(ItemKind.DIARY, ItemKind.TASK, ItemKind.CONTACT);
    int diaryBefore = exchangeCount(ItemKind.DIARY);
    int contactsBefore = exchangeCount(ItemKind.CONTACT);

    SyncReport first = sandboxes.run(all);
    SyncReport second = sandboxes.run(all);

    assertThat(first.counts(ItemKind.DIARY, Side.EXCHANGE).created()).as(first.toString()).isZero();
    assertThat(first.counts(ItemKind.DIARY, Side.CRM).created()).isZero();
    assertThat(first.counts(ItemKind.TASK, Side.EXCHANGE).created()).isZero();
    assertThat(first.counts(ItemKind.TASK, Side.CRM).created()).isZero();
    assertThat(exchangeCount(ItemKind.DIARY)).isEqualTo(diaryBefore);
    assertThat(sandboxes.store.mappings(PairKey.of(1, ItemKind.DIARY))).hasSize(diaryBefore);
    // Only the seeded user's own person record is new to the mailbox; every other contact matched.
    assertThat(first.counts(ItemKind.CONTACT, Side.EXCHANGE).created()).isLessThanOrEqualTo(1);
    assertThat(exchangeCount(ItemKind.CONTACT))
        .isEqualTo(contactsBefore + first.counts(ItemKind.CONTACT, Side.EXCHANGE).created());
    assertThat(second.counts(Side.CRM)).as(second.toString()).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.EXCHANGE)).as(second.toString()).isEqualTo(SideCounts.NONE);
  }

  @Test
  void aRunWithNothingChanged_listsEachSuperOfficeScopeOnce_andReadsNoItem() {
    sandboxes = new Sandboxes(new WorldSizes(1, 8, 4, 6));
    Set<ItemKind> all = Set.of(ItemKind.DIARY, ItemKind.TASK, ItemKind.CONTACT);
    sandboxes.run(all);
    // Reads the echoes of the first run's writes once, which settles their versions.
    sandboxes.run(all);
    long before = sandboxes.crm.requests();

    SyncReport quiet = sandboxes.run(all);

    assertThat(quiet.counts(Side.CRM)).as(quiet.toString()).isEqualTo(SideCounts.NONE);
    assertThat(quiet.counts(Side.EXCHANGE)).isEqualTo(SideCounts.NONE);
    assertThat(sandboxes.crm.requests() - before)
        .as("one list page for each of the diary, the to-dos and the contacts")
        .isEqualTo(3);
  }

  private int exchangeCount(ItemKind kind) {
    int count = 0;
    String state = null;
    boolean more = true;
    while (more) {
      var page = done(sandboxes.mailbox.changes(folder(kind), state));
      count += page.changed().size();
      state = page.syncState();
      more = page.moreAvailable();
    }
    return count;
  }

  /** The seeded user is a SuperOffice person too, so own contacts are never empty: find ours. */
  private MappingRecord mappingOf(ItemKind kind, String crmId) {
    return sandboxes.store.mappings(PairKey.of(1, kind)).stream()
        .filter(m -> m.crmId().equals(crmId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mapping for SuperOffice item " + crmId));
  }

  private String created(ItemKind kind, CanonicalItem item) {
    Outcome<org.exsync.engine.port.WriteReceipt> receipt =
        done(sandboxes.crm.create(scope(kind), List.of(item))).get(0);
    return done(receipt).id();
  }

  private FolderRef folder(ItemKind kind) {
    return done(sandboxes.mailbox.defaultFolder(kind));
  }

  private CrmScope scope(ItemKind kind) {
    int associate = sandboxes.user().associateId();
    return switch (kind) {
      case DIARY -> CrmScope.diary(associate, Sandboxes.WINDOW);
      case TASK -> CrmScope.tasks(associate, Sandboxes.WINDOW);
      case CONTACT -> CrmScope.ownContacts(associate);
    };
  }

  private static CanonicalItem sample(ItemKind kind) {
    return switch (kind) {
      case DIARY -> Items.meeting("Budget review", TEN);
      case TASK -> Items.task("Send the offer", TEN);
      case CONTACT -> Items.contact("Kari", "Nordmann", "kari.nordmann@acme.example");
    };
  }

  private static CanonicalItem changed(ItemKind kind) {
    return switch (kind) {
      case DIARY -> Items.meeting("Budget review, moved", TEN.plusSeconds(3600));
      case TASK -> Items.task("Send the final offer", TEN);
      case CONTACT -> Items.contact("Kari", "Nordmann-Hansen", "kari.nordmann@acme.example");
    };
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).as("outcome").isEmpty();
    return outcome.value();
  }
}
