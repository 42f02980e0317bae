package org.exsync.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyAndCountersTest {

  @Test
  void latencyGrowsPerItemAndStaysWithinItsJitter() {
    Latency latency = new Latency(20, 2, 0.25);

    IntStream.range(0, 1_000).forEach(i -> assertThat(latency.millisFor(10)).isBetween(30L, 50L));
    assertThat(Latency.NONE.millisFor(500)).isZero();
    assertThat(new Latency(5, 1, 0).millisFor(3)).isEqualTo(8);
  }

  @Test
  void latencyRefusesNegativeTimes() {
    assertThatThrownBy(() -> new Latency(-1, 0, 0)).hasMessageContaining("-1");
  }

  @Test
  void countersAddUpAcrossThreadsAndReset() {
    Counters counters = new Counters();
    IntStream.range(0, 10_000).parallel().forEach(i -> counters.increment("requests.GetItem"));
    counters.add("items", 5);

    assertThat(counters.get("requests.GetItem")).isEqualTo(10_000);
    assertThat(counters.snapshot()).containsEntry("items", 5L).containsKeys("requests.GetItem");
    assertThat(counters.get("never")).isZero();
    counters.reset();
    assertThat(counters.snapshot()).isEmpty();
  }
}
