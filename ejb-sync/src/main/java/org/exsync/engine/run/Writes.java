package org.exsync.engine.run;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;

/**
 * A batch's writes, one queue per side and operation, each sent as one request: deletions first,
 * then updates, then creations. After a stopping failure the queues not yet sent are failed with
 * it, so their items are left for the next run.
 */
final class Writes {

  final WriteQueue<ItemRef, String> crmDeletes = new WriteQueue<>();
  final WriteQueue<ItemUpdate, WriteReceipt> crmUpdates = new WriteQueue<>();
  final WriteQueue<CanonicalItem, WriteReceipt> crmCreates = new WriteQueue<>();
  final WriteQueue<ItemRef, String> exchangeDeletes = new WriteQueue<>();
  final WriteQueue<ItemUpdate, WriteReceipt> exchangeUpdates = new WriteQueue<>();
  final WriteQueue<CanonicalItem, WriteReceipt> exchangeCreates = new WriteQueue<>();

  /** Sends every queue; answers the failure that stopped the pair, if one did. */
  Optional<Failure> send(
      CrmGateway crm, CrmScope scope, ExchangeMailbox mailbox, FolderRef folder) {
    Optional<Failure> stop = crmDeletes.send(refs -> crm.delete(scope.kind(), refs));
    stop = next(stop, exchangeDeletes, refs -> mailbox.delete(folder, refs));
    stop = next(stop, crmUpdates, updates -> crm.update(scope, updates));
    stop = next(stop, exchangeUpdates, updates -> mailbox.update(folder, updates));
    stop = next(stop, crmCreates, items -> crm.create(scope, items));
    stop = next(stop, exchangeCreates, items -> mailbox.create(folder, items));
    if (stop.isPresent()) {
      Failure failure = stop.get();
      for (WriteQueue<?, ?> queue :
          List.of(
              crmDeletes,
              exchangeDeletes,
              crmUpdates,
              exchangeUpdates,
              crmCreates,
              exchangeCreates)) {
        queue.abandonUnsent(failure);
      }
    }
    return stop;
  }

  private static <I, R> Optional<Failure> next(
      Optional<Failure> stop,
      WriteQueue<I, R> queue,
      Function<List<I>, Outcome<ItemResults<R>>> request) {
    return stop.isPresent() ? stop : queue.send(request);
  }
}
