package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.control.Latency;

/**
 * Requests and wall time for writing, reading, changing and deleting 1,000 contacts through the
 * adapter, in batches of 100 and one request per item, measured in the same run against the
 * in-process simulators with a latency of 3 ms a request plus 0.2 ms an item. Not run by {@code mvn
 * verify}; run it with
 *
 * <pre>
 * mvn -q -pl sandbox/simulators,ejb-sync test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp ejb-sync/target/test-classes:ejb-sync/target/classes:$(cat ejb-sync/target/test-classpath.txt) \
 *     org.exsync.infrastructure.exchange.EwsAdapterBenchmark
 * </pre>
 */
public final class EwsAdapterBenchmark {

  private static final int ITEMS = 1_000;

  private EwsAdapterBenchmark() {}

  /** Requests and milliseconds of one phase. */
  private record Figure(long requests, long millis) {}

  public static void main(String[] args) throws Exception {
    try (SandboxExchange sandbox = new SandboxExchange()) {
      sandbox.ews.updateSettings(s -> s.withLatency(new Latency(3, 0.2, 0.1)));
      warmUp(sandbox);
      List<Figure> batched = run(sandbox, 1, EwsOptions.DEFAULTS.withBatchSize(100));
      List<Figure> single = run(sandbox, 2, EwsOptions.DEFAULTS.withBatchSize(1));
      String[] phases = {"create", "read (SyncFolderItems + GetItem)", "update", "delete"};
      System.out.printf(
          Locale.ROOT,
          "%d contacts, latency 3 ms a request + 0.2 ms an item%n%-34s %22s %22s %14s%n",
          ITEMS,
          "phase",
          "batched (100): req/ms",
          "per item: req/ms",
          "time ratio");
      for (int p = 0; p < phases.length; p++) {
        Figure b = batched.get(p);
        Figure s = single.get(p);
        System.out.printf(
            Locale.ROOT,
            "%-34s %10d / %9d %10d / %9d %13.1fx%n",
            phases[p],
            b.requests(),
            b.millis(),
            s.requests(),
            s.millis(),
            (double) s.millis() / Math.max(1, b.millis()));
      }
    }
  }

  /** Loads the classes and warms the JIT, so neither run pays for it alone. */
  private static void warmUp(SandboxExchange sandbox) {
    try (ExchangeMailbox mailbox =
        sandbox.open(sandbox.appOnly(sandbox.user(0)), EwsOptions.DEFAULTS)) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      List<CanonicalItem> people = people(50, "warm");
      List<WriteReceipt> created =
          mailbox.create(contacts, people).value().outcomes().stream().map(o -> o.value()).toList();
      mailbox.changes(contacts, null);
      mailbox.delete(contacts, created.stream().map(r -> new ItemRef(r.id(), null)).toList());
    }
  }

  private static List<Figure> run(SandboxExchange sandbox, int user, EwsOptions options) {
    List<Figure> figures = new ArrayList<>();
    try (ExchangeMailbox mailbox = sandbox.open(sandbox.appOnly(sandbox.user(user)), options)) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      Clock clock = new Clock(sandbox);

      List<WriteReceipt> created =
          mailbox.create(contacts, people(ITEMS, "Ny")).value().outcomes().stream()
              .map(o -> o.value())
              .toList();
      figures.add(clock.lap());

      List<SourceItem> read = new ArrayList<>();
      String state = null;
      boolean more;
      do {
        ChangePage page = mailbox.changes(contacts, state).value();
        read.addAll(page.changed());
        state = page.syncState();
        more = page.moreAvailable();
      } while (more);
      figures.add(clock.lap());

      List<ItemUpdate> updates = new ArrayList<>();
      List<CanonicalItem> changed = people(ITEMS, "Endret");
      for (int i = 0; i < created.size(); i++) {
        updates.add(new ItemUpdate(created.get(i).id(), created.get(i).version(), changed.get(i)));
      }
      mailbox.update(contacts, updates);
      figures.add(clock.lap());

      mailbox.delete(contacts, created.stream().map(r -> new ItemRef(r.id(), null)).toList());
      figures.add(clock.lap());
      if (read.size() != ITEMS) {
        throw new IllegalStateException("Read " + read.size() + " of " + ITEMS + " contacts");
      }
    }
    return figures;
  }

  private static List<CanonicalItem> people(int count, String prefix) {
    List<CanonicalItem> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ContactItem base = Items.contact(prefix + i, "Benchmark");
      people.add(base);
    }
    return people;
  }

  /** Requests the simulator counted and time passed since the last lap. */
  private static final class Clock {
    private final SandboxExchange sandbox;
    private long requests;
    private long started;

    Clock(SandboxExchange sandbox) {
      this.sandbox = sandbox;
      this.requests = sandbox.count("requests");
      this.started = System.nanoTime();
    }

    Figure lap() {
      long now = System.nanoTime();
      long counted = sandbox.count("requests");
      Figure figure = new Figure(counted - requests, (now - started) / 1_000_000);
      requests = counted;
      started = now;
      return figure;
    }
  }
}
