package org.exsync.admin.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the heap has room: a server whose heap stays above the limit after collections makes
 * no progress and is better restarted by its supervisor.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

  static final double LIMIT = 0.95;

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return evaluate(heap.getUsed(), heap.getMax());
  }

  static HealthCheckResponse evaluate(long used, long max) {
    double share = max > 0 ? (double) used / max : 0;
    return HealthCheckResponse.named("heap")
        .status(share < LIMIT)
        .withData("usedMiB", used >> 20)
        .withData("maxMiB", max >> 20)
        .build();
  }
}
