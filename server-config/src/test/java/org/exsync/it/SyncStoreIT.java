package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.exsync.application.sync.StoredPairs;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.mapping.SyncConflict;
import org.exsync.domain.mapping.SyncHistoryRepository;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.Alert;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.ConflictOutcome;
import org.exsync.engine.store.ConflictRecord;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairCursor;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.Tombstone;
import org.exsync.engine.store.TombstoneReason;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's store on the real database: a batch is stored whole or not at all, pairs keep to
 * themselves, and what a batch leaves for the admin (conflicts, tombstones, alerts) is kept.
 */
@ExtendWith(ArquillianExtension.class)
class SyncStoreIT {

  private static final Instant NOW = TestData.NOW;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWith(
        SyncStoreIT.class, TestData.class, Transactions.class, LinkGraph.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private StoredPairs store;
  @Inject private SyncHistoryRepository history;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;

  private Transactions transactions;
  private long linkId;

  @BeforeEach
  void link() throws Exception {
    transactions = new Transactions(userTransaction);
    LinkGraph graph = LinkGraph.create();
    transactions.inNew(() -> graph.addTo(ranks, associates, mailboxes, links));
    linkId = graph.link().getId();
  }

  @Test
  void batches_upsertAndRemoveMappings_andMoveTheCursor() {
    PairKey diary = PairKey.of(linkId, ItemKind.DIARY);
    SyncWindow window = new SyncWindow(NOW.minusSeconds(86_400), NOW.plusSeconds(86_400));
    PairCursor first = new PairCursor("state-1", NOW, window, Set.of("9"), Set.of());

    store.commit(
        batch(diary, List.of(mapping("1", "AAMk1"), mapping("2", "AAMk2")), Set.of(), first));
    store.commit(batch(diary, List.of(mapping("1", "AAMk1-moved")), Set.of("2"), null));

    assertThat(store.mappings(diary))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.crmId()).isEqualTo("1");
              assertThat(m.exchangeId()).isEqualTo("AAMk1-moved");
              assertThat(m.snapshot()).isEqualTo("{\"subject\":\"Møte 1\"}\n");
            });
    assertThat(store.cursor(diary)).isEqualTo(first);
    assertThat(store.mappings(PairKey.of(linkId, ItemKind.TASK))).isEmpty();
    assertThat(store.cursor(PairKey.of(linkId, ItemKind.TASK))).isEqualTo(PairCursor.START);
  }

  @Test
  void aBatchThatFailsHalfway_leavesNothingBehind() {
    PairKey diary = PairKey.of(linkId, ItemKind.DIARY);
    store.commit(batch(diary, List.of(mapping("1", "AAMk1")), Set.of(), null));
    Batch broken =
        new Batch(
            diary,
            List.of(mapping("1", "AAMk1-changed"), mapping("3", "AAMk3")),
            Set.of(),
            new PairCursor("state-2", NOW, null, Set.of(), Set.of()),
            List.of(),
            List.of(new Tombstone(" ", "AAMk9", "Gone", TombstoneReason.DELETED_IN_CRM, NOW)),
            List.of());

    Throwable refused = catchThrowable(() -> store.commit(broken));

    assertThat(refused).hasMessageContaining("crmId");
    assertThat(store.mappings(diary))
        .extracting(MappingRecord::exchangeId)
        .containsExactly("AAMk1");
    assertThat(store.cursor(diary)).isEqualTo(PairCursor.START);
  }

  @Test
  void selectionScopes_keepTheirOwnMappingsOfTheSamePerson() {
    PairKey vip = PairKey.selection(linkId, 3);
    PairKey partners = PairKey.selection(linkId, 4);

    store.commit(batch(vip, List.of(mapping("77", "AAMkVip")), Set.of(), null));
    store.commit(batch(partners, List.of(mapping("77", "AAMkPartner")), Set.of(), null));

    assertThat(store.mappings(vip))
        .extracting(MappingRecord::exchangeId)
        .containsExactly("AAMkVip");
    assertThat(store.mappings(partners))
        .extracting(MappingRecord::exchangeId)
        .containsExactly("AAMkPartner");
  }

  @Test
  void conflictsTombstonesAndAlerts_areKeptForTheAdmin() throws Exception {
    PairKey tasks = PairKey.of(linkId, ItemKind.TASK);
    store.commit(
        new Batch(
            tasks,
            List.of(),
            Set.of(),
            null,
            List.of(
                new ConflictRecord(
                    "5",
                    "AAMk5",
                    "Ring kunden",
                    "{\"s\":\"crm\"}",
                    "{\"s\":\"exchange\"}",
                    ConflictPolicy.LAST_MODIFIED_WINS,
                    ConflictOutcome.EXCHANGE_KEPT,
                    "{\"s\":\"exchange\"}",
                    NOW)),
            List.of(new Tombstone("6", "AAMk6", "Old", TombstoneReason.LEFT_WINDOW, NOW)),
            List.of(new Alert(Side.EXCHANGE, 40, 100, "Would delete 40 of 100 tasks", NOW))));

    transactions.inNew(
        () -> {
          SyncConflict conflict = history.recentConflicts(linkId, 10).get(0);
          assertThat(conflict.getTitle()).isEqualTo("Ring kunden");
          assertThat(conflict.versions().crm()).isEqualTo("{\"s\":\"crm\"}");
          assertThat(conflict.getOutcome()).isEqualTo("EXCHANGE_KEPT");
          assertThat(history.recentTombstones(linkId, 10))
              .singleElement()
              .satisfies(t -> assertThat(t.getReason()).isEqualTo("LEFT_WINDOW"));
          assertThat(history.openAlerts())
              .anySatisfy(
                  a -> assertThat(a.getMessage()).isEqualTo("Would delete 40 of 100 tasks"));
          return null;
        });
  }

  private static Batch batch(
      PairKey pair, List<MappingRecord> upserts, Set<String> removed, PairCursor cursor) {
    return new Batch(pair, upserts, removed, cursor, List.of(), List.of(), List.of());
  }

  private static MappingRecord mapping(String crmId, String exchangeId) {
    return new MappingRecord(
        crmId,
        "2026-12-01T10:00:00Z",
        "v1:crm" + crmId,
        exchangeId,
        "CQ" + crmId,
        "v1:ex" + crmId,
        "{\"subject\":\"Møte " + crmId + "\"}\n",
        NOW,
        ItemOrigin.EXCHANGE);
  }
}
