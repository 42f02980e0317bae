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
    return HealthCheckResponse.named("heap")
        .status(hasRoom(heap.getUsed(), heap.getMax()))
        .withData("usedMiB", heap.getUsed() >> 20)
        .withData("maxMiB", heap.getMax() >> 20)
        .build();
  }

  /** Whether a heap using {@code used} of {@code max} bytes (max -1 when undefined) has room. */
  static boolean hasRoom(long used, long max) {
    return max <= 0 || (double) used / max < LIMIT;
  }
}
