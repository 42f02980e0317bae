package org.exsync.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.exsync.application.scheduling.GovernorSettings;
import org.exsync.sandbox.control.Latency;

/**
 * What one benchmark run is given, from {@code --name=value} arguments.
 *
 * @param users linked users (one link each)
 * @param appointments appointments per user on each side, on average (the world generator spreads
 *     each user's count from half to one and a half times this)
 * @param tasks tasks per user, on average
 * @param contacts contacts per user, on average
 * @param ewsLatency the EWS simulator's latency
 * @param crmLatency the SuperOffice simulator's latency
 * @param crmCallsPerSecond the SuperOffice tenant's limit, enforced by the simulator and paced by
 *     the adapter
 * @param concurrency the governor's cap per Exchange budget owner (here each mailbox)
 * @param crmConcurrency the governor's cap for the SuperOffice tenant, an owner of every link, so
 *     how many links run at once
 * @param baselineUsers how many of the users the baseline syncs (it is slow by design)
 * @param changePercent the share of each side's items changed before the incremental cycle
 */
record BenchParameters(
    int users,
    int appointments,
    int tasks,
    int contacts,
    Latency ewsLatency,
    Latency crmLatency,
    int crmCallsPerSecond,
    int concurrency,
    int crmConcurrency,
    int baselineUsers,
    double changePercent) {

  static BenchParameters parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Arguments look like --users=100, not " + arg);
      }
      given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    int users = number(given, "users", 100);
    BenchParameters parameters =
        new BenchParameters(
            users,
            number(given, "appointments", 500),
            number(given, "tasks", 100),
            number(given, "contacts", 200),
            new Latency(
                decimal(given, "ews-request-ms", 40), decimal(given, "ews-item-ms", 1), 0.2),
            new Latency(decimal(given, "crm-request-ms", 15), 0, 0.2),
            number(given, "crm-calls-per-second", 300),
            number(given, "concurrency", GovernorSettings.DEFAULTS.maxConcurrency()),
            number(given, "crm-concurrency", GovernorSettings.DEFAULTS.crmConcurrency()),
            Math.min(users, number(given, "baseline-users", users)),
            decimal(given, "change-percent", 1));
    given.keySet().removeAll(KNOWN);
    if (!given.isEmpty()) {
      throw new IllegalArgumentException("Unknown arguments: " + given.keySet());
    }
    return parameters;
  }

  private static final Set<String> KNOWN =
      Set.of(
          "users",
          "appointments",
          "tasks",
          "contacts",
          "ews-request-ms",
          "ews-item-ms",
          "crm-request-ms",
          "crm-calls-per-second",
          "concurrency",
          "crm-concurrency",
          "baseline-users",
          "change-percent");

  private static int number(Map<String, String> given, String name, int fallback) {
    return given.containsKey(name) ? Integer.parseInt(given.get(name)) : fallback;
  }

  private static double decimal(Map<String, String> given, String name, double fallback) {
    return given.containsKey(name) ? Double.parseDouble(given.get(name)) : fallback;
  }
}
