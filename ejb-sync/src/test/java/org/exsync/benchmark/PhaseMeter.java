package org.exsync.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import org.exsync.sandbox.ews.throttle.ThrottlingPolicy;

/**
 * Measures one phase: wall time, the requests each simulator served, the throttling answers they
 * gave, the process's CPU time and the heap's peak (the sum of each heap pool's peak, an upper
 * bound), and what each Exchange budget owner spent by the simulator's cost model.
 */
final class PhaseMeter {

  /** What a phase took. */
  record Figures(
      String name,
      long wallMillis,
      long ewsRequests,
      long crmRequests,
      long ewsThrottled,
      long crmRateLimited,
      double processCpuSeconds,
      long peakHeapBytes,
      Map<String, OwnerMeter.Spend> ewsSpend) {

    /** The longest any Exchange owner's budget forces it to wait: its debt over the recharge. */
    double ewsMinimumSeconds(ThrottlingPolicy policy) {
      double perMilli = policy.rechargeMillisPerHour() / 3_600_000.0;
      return ewsSpend.values().stream()
              .mapToDouble(
                  s -> Math.max(0, s.costMillis(policy) - policy.maxBurstMillis()) / perMilli)
              .max()
              .orElse(0)
          / 1000;
    }

    double ewsLargestCostSeconds(ThrottlingPolicy policy) {
      return ewsSpend.values().stream().mapToDouble(s -> s.costMillis(policy)).max().orElse(0)
          / 1000;
    }

    double crmMinimumSeconds(int callsPerSecond) {
      return (double) crmRequests / callsPerSecond;
    }
  }

  private final BenchSandbox sandbox;
  private final String name;
  private final long started;
  private final long ews;
  private final long crm;
  private final long ewsThrottled;
  private final long crmLimited;
  private final long cpu;

  private PhaseMeter(BenchSandbox sandbox, String name) {
    this.sandbox = sandbox;
    this.name = name;
    sandbox.ewsMeter.takeSpend();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    ews = sandbox.ewsRequests();
    crm = sandbox.crmRequests();
    ewsThrottled = ewsThrottled(sandbox);
    crmLimited = sandbox.crm.counters().get("rateLimited");
    cpu = processCpuNanos();
    started = System.nanoTime();
  }

  static PhaseMeter start(BenchSandbox sandbox, String name) {
    return new PhaseMeter(sandbox, name);
  }

  Figures stop() {
    long wall = (System.nanoTime() - started) / 1_000_000;
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    return new Figures(
        name,
        wall,
        sandbox.ewsRequests() - ews,
        sandbox.crmRequests() - crm,
        ewsThrottled(sandbox) - ewsThrottled,
        sandbox.crm.counters().get("rateLimited") - crmLimited,
        (processCpuNanos() - cpu) / 1e9,
        peak,
        sandbox.ewsMeter.takeSpend());
  }

  private static long ewsThrottled(BenchSandbox sandbox) {
    var c = sandbox.ews.counters();
    return c.get("throttled.ErrorServerBusy")
        + c.get("throttled.ErrorExceededConnectionCount")
        + c.get("throttled.http503");
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
