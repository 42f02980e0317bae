package org.exsync.engine.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScan;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.store.PairCursor;

/**
 * Reads SuperOffice's changes since the watermark, then compares the scope's ids with the mapped
 * ones: a mapped id missing from the scope is read to tell a deletion (gone) from an item that left
 * the window or selection (still there); an unmapped id in the scope that was not reported (it
 * moved into the window, or its creation failed before) is read as new.
 */
final class CrmReader {

  final Map<String, SourceItem> changed = new HashMap<>();
  final Set<String> deleted = new HashSet<>();
  final Map<String, SourceItem> left = new HashMap<>();
  final List<ItemFailure> failures = new ArrayList<>();
  final Set<String> retries = new HashSet<>();
  Instant watermark;

  private final CrmGateway crm;
  private final CrmScope scope;

  CrmReader(CrmGateway crm, CrmScope scope) {
    this.crm = crm;
    this.scope = scope;
  }

  /**
   * @param synced the SuperOffice version of each mapped item after the last sync, by id; an item
   *     still at it need not be reported as changed
   */
  Outcome<Void> read(PairCursor cursor, Map<String, String> synced) {
    Set<String> mappedIds = synced.keySet();
    Outcome<CrmScan> scan = crm.scan(scope, cursor.crmWatermark(), synced);
    if (!scan.isDone()) {
      return Outcome.failed(scan.failure().orElseThrow());
    }
    CrmChanges changes = scan.value().changes();
    changes.changed().forEach(item -> changed.put(item.id(), item));
    watermark = changes.watermark();
    Set<String> inScope = scan.value().presentIds();
    Set<String> check = new TreeSet<>(cursor.crmRetries());
    mappedIds.stream().filter(id -> !inScope.contains(id)).forEach(check::add);
    inScope.stream().filter(id -> !mappedIds.contains(id)).forEach(check::add);
    check.removeAll(changed.keySet());
    return reread(List.copyOf(check), inScope, mappedIds);
  }

  private Outcome<Void> reread(List<String> ids, Set<String> inScope, Set<String> mappedIds) {
    if (ids.isEmpty()) {
      return Outcome.done(null);
    }
    Outcome<ItemResults<SourceItem>> read = crm.read(scope.kind(), ids);
    if (!read.isDone()) {
      Failure failure = read.failure().orElseThrow();
      if (Stops.isStop(failure)) {
        return Outcome.failed(failure);
      }
      read = Outcome.done(ItemResults.allFailed(ids.size(), failure));
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Outcome<SourceItem> item = read.value().get(i);
      if (item.isDone()) {
        (inScope.contains(id) ? changed : left).put(id, item.value());
      } else if (item.failure().orElseThrow().kind() == FailureKind.GONE) {
        if (mappedIds.contains(id)) {
          deleted.add(id);
        }
      } else {
        failures.add(new ItemFailure(Side.CRM, id, "", item.failure().orElseThrow()));
        retries.add(id);
      }
    }
    return Outcome.done(null);
  }
}
