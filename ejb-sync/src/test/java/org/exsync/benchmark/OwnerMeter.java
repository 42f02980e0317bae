package org.exsync.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exsync.sandbox.ews.throttle.ThrottlingPolicy;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/**
 * Stands in front of the EWS simulator and adds up, per budget owner (the mailbox named in
 * X-AnchorMailbox, whose budget an impersonated or app-only request spends), what the simulator's
 * budget model charges: requests, items and the time each request was held. Items are counted as
 * the simulator counts them, from the request body: MaxChangesReturned of a SyncFolderItems, else
 * the ItemIds or created items named, at least one.
 */
final class OwnerMeter implements SimHandler {

  private static final Pattern MAX_CHANGES = Pattern.compile("MaxChangesReturned>(\\d+)<");
  private static final Pattern NAMED_ITEM =
      Pattern.compile("<t:(ItemId|CalendarItem|Task|Contact)[ >]");

  /** What one owner spent in a phase. */
  static final class Spend {
    final LongAdder requests = new LongAdder();
    final LongAdder items = new LongAdder();
    final LongAdder heldMillis = new LongAdder();

    double costMillis(ThrottlingPolicy policy) {
      return requests.sum() * policy.costPerRequestMillis()
          + items.sum() * policy.costPerItemMillis()
          + heldMillis.sum();
    }
  }

  private final SimHandler inner;
  private volatile Map<String, Spend> owners = new ConcurrentHashMap<>();

  OwnerMeter(SimHandler inner) {
    this.inner = inner;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    long started = System.nanoTime();
    try {
      return inner.handle(request);
    } finally {
      String owner = request.header("X-AnchorMailbox").orElse("(none)").toLowerCase();
      Spend spend = owners.computeIfAbsent(owner, o -> new Spend());
      spend.requests.increment();
      spend.items.add(items(request.bodyText()));
      spend.heldMillis.add((System.nanoTime() - started) / 1_000_000);
    }
  }

  /** What each owner spent since the last call, and starts counting afresh. */
  Map<String, Spend> takeSpend() {
    Map<String, Spend> spent = owners;
    owners = new ConcurrentHashMap<>();
    return spent;
  }

  static int items(String body) {
    Matcher max = MAX_CHANGES.matcher(body);
    if (max.find()) {
      return Integer.parseInt(max.group(1));
    }
    Matcher named = NAMED_ITEM.matcher(body);
    int count = 0;
    while (named.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}
