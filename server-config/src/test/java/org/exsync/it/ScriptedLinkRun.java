package org.exsync.it;

import jakarta.annotation.Priority;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.exsync.application.scheduling.LinkRun;
import org.exsync.application.scheduling.RunResult;
import org.exsync.domain.run.ChangeAction;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.Side;

/**
 * The sync of one link as the scheduling tests script it: it takes a while, counts what it did,
 * notices two runs of one link at once, and answers "throttled" for a share of its runs or "needs
 * re-authentication" for chosen links. Deployed in an EJB module of its own beside the
 * application's (an EJB module needs an EJB, hence a singleton session bean), whose scheduler finds
 * it as the one {@link LinkRun}: an alternative enabled for the whole application, so that it also
 * wins over the application's own.
 */
@Singleton
@LocalBean
@Local(LinkRun.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ScriptedLinkRun implements LinkRun {

  private final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<Long, AtomicInteger> completed = new ConcurrentHashMap<>();
  private final Set<Long> running = ConcurrentHashMap.newKeySet();
  private final Set<Long> reauthentication = ConcurrentHashMap.newKeySet();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();
  private final AtomicInteger throttled = new AtomicInteger();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicBoolean overlap = new AtomicBoolean();
  private volatile int throttlePercent;
  private volatile Duration backOff = Duration.ZERO;
  private volatile Duration duration = Duration.ofMillis(20);

  @Override
  public RunResult run(long linkId) {
    calls.computeIfAbsent(linkId, id -> new AtomicInteger()).incrementAndGet();
    if (!running.add(linkId)) {
      overlap.set(true);
    }
    mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    try {
      Thread.sleep(duration.toMillis());
      if (reauthentication.contains(linkId)) {
        return RunResult.needsReauthentication(
            "AADSTS50173: the grant has expired", RunCounts.none());
      }
      // Spread evenly: every run whose number falls in the share is throttled.
      long n = sequence.incrementAndGet();
      if ((n * 37) % 100 < throttlePercent) {
        throttled.incrementAndGet();
        return RunResult.throttled(
            Side.EXCHANGE,
            backOff,
            "ErrorServerBusy",
            RunCounts.none().plus(Side.EXCHANGE, ChangeAction.UPDATED, 1));
      }
      completed.computeIfAbsent(linkId, id -> new AtomicInteger()).incrementAndGet();
      return RunResult.completed(RunCounts.none().plus(Side.CRM, ChangeAction.CREATED, 2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RunResult.failed("interrupted", RunCounts.none());
    } finally {
      open.decrementAndGet();
      running.remove(linkId);
    }
  }

  /** Throttles that share of the runs from now on, asking for that back-off. */
  public void throttle(int percent, Duration backOff) {
    this.throttlePercent = percent;
    this.backOff = backOff;
  }

  public void takeAbout(Duration duration) {
    this.duration = duration;
  }

  public void refuseGrantOf(long linkId) {
    reauthentication.add(linkId);
  }

  public void acceptGrantOf(long linkId) {
    reauthentication.remove(linkId);
  }

  public int calls(long linkId) {
    AtomicInteger count = calls.get(linkId);
    return count == null ? 0 : count.get();
  }

  public int completed(long linkId) {
    AtomicInteger count = completed.get(linkId);
    return count == null ? 0 : count.get();
  }

  public int throttled() {
    return throttled.get();
  }

  public int mostOpenAtOnce() {
    return mostOpen.get();
  }

  public void forgetMostOpen() {
    mostOpen.set(0);
  }

  /** Whether a link ever ran twice at the same time. */
  public boolean sawOverlap() {
    return overlap.get();
  }
}
