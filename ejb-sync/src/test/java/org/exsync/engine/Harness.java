package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.run.PairSpec;
import org.exsync.engine.sides.InMemoryCrm;
import org.exsync.engine.sides.InMemoryExchange;
import org.exsync.engine.sides.InMemoryStore;
import org.exsync.engine.sides.TestClock;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairKey;

/**
 * One link between an in-memory SuperOffice and an in-memory mailbox, with an in-memory store. Each
 * scenario runs the engine twice ({@link #runTwice}): the second run must change nothing.
 */
public final class Harness {

  public static final long LINK = 1;
  public static final int ASSOCIATE = 7;
  public static final String MAILBOX = "owner@example.com";
  public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
  public static final SyncWindow WINDOW =
      new SyncWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

  public final TestClock clock = new TestClock(START);
  public final InMemoryExchange exchange = new InMemoryExchange(clock);
  public final InMemoryCrm crm = new InMemoryCrm(clock);
  public InMemoryStore store = new InMemoryStore();

  public long linkId = LINK;
  public Set<ItemKind> kinds = Set.of(ItemKind.DIARY, ItemKind.TASK, ItemKind.CONTACT);
  public SyncWindow window = WINDOW;
  public ConflictPolicy policy = ConflictPolicy.LAST_MODIFIED_WINS;
  public BookingPolicy bookingPolicy = BookingPolicy.REJECT_AND_RESTORE;
  public int massDeletePercent = LinkSettings.DEFAULT_MASS_DELETE_PERCENT;
  public boolean ownContacts = true;
  public List<SelectionFolder> selections = new ArrayList<>();
  public int batchSize = 2;

  public LinkSettings settings() {
    return new LinkSettings(
        linkId,
        ASSOCIATE,
        MAILBOX,
        kinds,
        window,
        policy,
        bookingPolicy,
        massDeletePercent,
        ownContacts,
        selections);
  }

  public SyncReport run() {
    return new SyncEngine(batchSize).run(new SyncJob(settings(), exchange, crm, store, clock));
  }

  /** Removes Exsync's copies from the mailbox, as after unlinking with removal. */
  public RemovalReport remove() {
    return new SyncEngine(batchSize).remove(new SyncJob(settings(), exchange, crm, store, clock));
  }

  /** Runs once, telling the progress to the given listener. */
  public SyncReport run(SyncProgress progress) {
    return new SyncEngine(batchSize)
        .run(new SyncJob(settings(), exchange, crm, store, clock, progress));
  }

  /** Runs twice; the second run must write nothing and leave the same state. */
  public SyncReport runTwice() {
    SyncReport first = run();
    State after = state();
    int crmWrites = crm.writes();
    int exchangeWrites = exchange.writes();
    SyncReport second = run();
    assertThat(state()).as("state after the second run").isEqualTo(after);
    assertThat(crm.writes()).as("SuperOffice writes of the second run").isEqualTo(crmWrites);
    assertThat(exchange.writes()).as("Exchange writes of the second run").isEqualTo(exchangeWrites);
    assertThat(second.counts(Side.CRM)).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.EXCHANGE)).isEqualTo(SideCounts.NONE);
    assertThat(second.conflicts()).isZero();
    return first;
  }

  public PairKey pair(ItemKind kind) {
    return PairKey.of(linkId, kind);
  }

  public Map<String, MappingRecord> mappings(ItemKind kind) {
    return store.mappingsByCrmId(pair(kind));
  }

  public String crmCreates(CanonicalItem item) {
    return crm.userCreates(ASSOCIATE, item);
  }

  public String exchangeIdOf(ItemKind kind, String crmId) {
    return mappings(kind).get(crmId).exchangeId();
  }

  public String crmIdOf(ItemKind kind, String exchangeId) {
    return mappings(kind).values().stream()
        .filter(m -> m.exchangeId().equals(exchangeId))
        .map(MappingRecord::crmId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No mapping for " + exchangeId));
  }

  /** Everything both sides and the store hold, comparable between runs. */
  public record State(
      Map<String, Map<String, String>> exchange,
      Map<String, String> crm,
      Map<String, Map<String, MappingRecord>> mappings) {}

  public State state() {
    Map<String, Map<String, String>> folders = new TreeMap<>();
    for (String folder : exchange.folderIds()) {
      folders.put(folder, texts(exchange.folderContents(folder)));
    }
    Map<String, String> crmItems = new TreeMap<>();
    for (ItemKind kind : ItemKind.values()) {
      crmItems.putAll(texts(crm.contents(kind)));
    }
    Map<String, Map<String, MappingRecord>> pairs = new TreeMap<>();
    for (PairSpec spec : SyncEngine.pairs(settings())) {
      pairs.put(spec.key().toString(), store.mappingsByCrmId(spec.key()));
    }
    return new State(folders, crmItems, pairs);
  }

  private static Map<String, String> texts(Map<String, CanonicalItem> items) {
    Map<String, String> texts = new TreeMap<>();
    items.forEach((id, item) -> texts.put(id, ItemSnapshots.write(item)));
    return texts;
  }
}
