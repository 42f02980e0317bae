package org.exsync.application.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployment settings of the scheduler (MicroProfile Config, so system properties of the domain):
 * how many runs one server holds at once across all ranks ({@code exsync.scheduling.capacity}, a
 * rank takes its capacity share of it), how long a claim's lease lasts ({@code
 * exsync.scheduling.lease-seconds}; the server renews it every third of that while the run goes, so
 * a lease that ran out means its server stopped), and the governor's caps per Exchange budget owner
 * ({@code exsync.scheduling.owner-concurrency}) and for the SuperOffice tenant ({@code
 * exsync.scheduling.superoffice-concurrency}), its default back-off and the head start of announced
 * changes.
 */
@ApplicationScoped
public class SchedulerSettings {

  @Inject
  @ConfigProperty(name = "exsync.scheduling.capacity", defaultValue = "40")
  int capacity;

  @Inject
  @ConfigProperty(name = "exsync.scheduling.lease-seconds", defaultValue = "180")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "exsync.scheduling.owner-concurrency", defaultValue = "10")
  int ownerConcurrency;

  @Inject
  @ConfigProperty(name = "exsync.scheduling.superoffice-concurrency", defaultValue = "40")
  int crmConcurrency;

  @Inject
  @ConfigProperty(name = "exsync.scheduling.default-backoff-millis", defaultValue = "5000")
  long defaultBackOffMillis;

  @Inject
  @ConfigProperty(name = "exsync.scheduling.request-head-start-seconds", defaultValue = "300")
  long requestHeadStartSeconds;

  public int capacity() {
    return Math.max(1, capacity);
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(10, leaseSeconds));
  }

  public GovernorSettings governor() {
    return new GovernorSettings(
        Math.max(1, ownerConcurrency),
        Math.max(1, crmConcurrency),
        GovernorSettings.DEFAULTS.decreaseFactor(),
        Duration.ofMillis(Math.max(0, defaultBackOffMillis)),
        Duration.ofSeconds(Math.max(0, requestHeadStartSeconds)));
  }

  /** How many runs a rank with that capacity share may hold on this server at once. */
  public int rankCapacity(int capacitySharePercent) {
    return Math.max(1, (int) Math.ceil(capacity() * capacitySharePercent / 100.0));
  }
}
