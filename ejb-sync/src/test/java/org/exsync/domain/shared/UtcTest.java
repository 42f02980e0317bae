package org.exsync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcTest {

  @Test
  void toColumn_storesUtcWallClockAtMicrosecondPrecision() {
    Instant instant = Instant.parse("2025-03-30T01:30:00.123456789Z");

    assertThat(Utc.toColumn(instant)).isEqualTo(LocalDateTime.of(2025, 3, 30, 1, 30, 0, 123456000));
  }

  @Test
  void fromColumn_readsBackTheTruncatedInstant() {
    Instant instant = Instant.parse("2025-03-30T01:30:00.123456789Z");

    assertThat(Utc.fromColumn(Utc.toColumn(instant))).isEqualTo(Utc.truncate(instant));
    assertThat(Utc.truncate(instant)).isEqualTo(Instant.parse("2025-03-30T01:30:00.123456Z"));
  }

  @Test
  void nullStaysNull() {
    assertThat(Utc.toColumn(null)).isNull();
    assertThat(Utc.fromColumn(null)).isNull();
  }
}
