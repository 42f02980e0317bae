package org.exsync.infrastructure.superoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.control.Latency;

/**
 * Requests and wall time of the SuperOffice adapter for 1,000 diary items of one associate, in one
 * run: what SuperOffice lets be batched (OData list pages of 200 rows) against one request per
 * item. The Web API has no batch read of whole entities and no batch write, so reading items in
 * full and writing them cost a request per item either way; there the comparison is sequential
 * against four threads sharing the adapter. Each simulated request takes 5 ms; both rate limits are
 * off, and the figure SuperOffice's 10 calls a second would impose is printed beside. Run by hand
 * ({@code main}); {@code mvn verify} does not run it.
 */
public final class SuperOfficeAdapterBenchmark {

  private static final int ITEMS = 1000;

  private record Figure(String what, long requests, Duration took) {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try (SuperOfficeFixture so =
        new SuperOfficeFixture(s -> s.withCallsPerSecond(100_000), false)) {
      so.simulator.latency(new Latency(5, 0, 0));
      int owner = so.user(5).associateId();
      CrmScope diary = CrmScope.diary(owner, SuperOfficeFixture.YEAR);
      List<CanonicalItem> items = new ArrayList<>();
      for (int n = 0; n < ITEMS; n++) {
        items.add(
            DiaryLifecycleTest.meeting(
                "Møte " + n, LocalDateTime.of(2026, 4, 1, 8, 0).plusHours(n * 5L), 45));
      }
      so.simulator.store().appointments().rowsWith(owner).stream()
          .map(a -> a.id())
          .toList()
          .forEach(so.simulator.store().appointments()::remove);
      warmUp(so, items.subList(0, 300));
      List<Figure> figures = new ArrayList<>();

      Figure batchWrite =
          measure(
              so,
              "write 1,000: one create() call of 1,000 items",
              () -> so.gateway.create(diary, items));
      List<String> ids = done(so.gateway.presentIds(diary)).stream().toList();
      so.tick();
      Instant since = so.simulator.clock().instant();
      for (String id : ids.subList(0, 10)) {
        so.simulator.changeAppointment(
            Integer.parseInt(id), owner, a -> a.withTitle("Endret i CRM"));
      }
      List<String> first = ids;
      Figure listChanges =
          measure(
              so,
              "find 10 changed of 1,000: updatedDate list + read changed",
              () -> so.gateway.changes(diary, since));
      Figure probeChanges =
          measure(
              so,
              "find 10 changed of 1,000: read each item, compare version",
              () -> readEach(so, first));
      Figure listIds =
          measure(so, "reconcile 1,000 ids: OData list pages", () -> so.gateway.presentIds(diary));
      Figure probeIds =
          measure(so, "reconcile 1,000 ids: GET each item", () -> readEach(so, first));
      Figure readAll =
          measure(so, "read 1,000 in full: list + GET each", () -> so.gateway.changes(diary, null));
      Figure readEach =
          measure(so, "read 1,000 in full: one read() of one id each", () -> readEach(so, first));
      Figure singleWrite =
          measure(
              so,
              "write 1,000: 1,000 create() calls of one item",
              () -> {
                for (CanonicalItem item : items) {
                  so.gateway.create(diary, List.of(item));
                }
                return Outcome.done(true);
              });
      Figure parallelWrite =
          measure(so, "write 1,000: 4 threads, one item a call", () -> parallel(so, diary, items));
      figures.addAll(
          List.of(
              batchWrite,
              singleWrite,
              parallelWrite,
              listChanges,
              probeChanges,
              listIds,
              probeIds,
              readAll,
              readEach));
      System.out.printf(
          "%-62s %9s %10s %14s%n", "scenario", "requests", "wall ms", "at 10 calls/s");
      for (Figure f : figures) {
        System.out.printf(
            "%-62s %9d %10d %12d s%n",
            f.what(), f.requests(), f.took().toMillis(), (f.requests() + 9) / 10);
      }
      ratio("write, one call vs a call per item", batchWrite, singleWrite);
      ratio("write, 4 threads vs sequential", parallelWrite, singleWrite);
      ratio("change detection, list vs per item", listChanges, probeChanges);
      ratio("reconciliation, list vs per item", listIds, probeIds);
      ratio("full read, list + GET vs GET per item", readAll, readEach);
    }
  }

  /** The same calls once for another associate first, so that no figure pays for the JIT. */
  private static void warmUp(SuperOfficeFixture so, List<CanonicalItem> items) {
    CrmScope other = CrmScope.diary(so.user(4).associateId(), SuperOfficeFixture.YEAR);
    done(so.gateway.create(other, items));
    List<String> ids = done(so.gateway.presentIds(other)).stream().toList();
    readEach(so, ids);
    done(so.gateway.changes(other, null));
  }

  private static Figure measure(SuperOfficeFixture so, String what, Supplier<Outcome<?>> run) {
    long before = so.gateway.requests();
    long started = System.nanoTime();
    Outcome<?> outcome = run.get();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (!outcome.isDone()) {
      throw new IllegalStateException(what + " failed: " + outcome.failure().orElseThrow());
    }
    return new Figure(what, so.gateway.requests() - before, took);
  }

  private static Outcome<?> readEach(SuperOfficeFixture so, List<String> ids) {
    int read = 0;
    for (String id : ids) {
      ItemResults<SourceItem> one = done(so.gateway.read(ItemKind.DIARY, List.of(id)));
      read += one.get(0).isDone() ? 1 : 0;
    }
    return read == ids.size()
        ? Outcome.done(read)
        : Outcome.failed(
            org.exsync.engine.port.Failure.transientFailure(ids.size() - read + " reads failed"));
  }

  private static Outcome<?> parallel(
      SuperOfficeFixture so, CrmScope diary, List<CanonicalItem> items) {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Outcome<ItemResults<WriteReceipt>>>> calls = new ArrayList<>();
      for (CanonicalItem item : items) {
        calls.add(threads.submit(() -> so.gateway.create(diary, List.of(item))));
      }
      for (Future<Outcome<ItemResults<WriteReceipt>>> call : calls) {
        done(call.get());
      }
      return Outcome.done(Set.of());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      threads.shutdown();
    }
  }

  private static void ratio(String what, Figure batched, Figure baseline) {
    System.out.printf(
        "%-42s requests %5.1fx fewer, wall time %5.1fx faster%n",
        what,
        (double) baseline.requests() / Math.max(1, batched.requests()),
        (double) baseline.took().toNanos() / Math.max(1, batched.took().toNanos()));
  }

  private static <T> T done(Outcome<T> outcome) {
    if (!outcome.isDone()) {
      throw new IllegalStateException(outcome.failure().orElseThrow().toString());
    }
    return outcome.value();
  }
}
