package org.exsync.application.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientAttemptsTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private final ClientAttempts attempts = new ClientAttempts();

  @Test
  void tenthFailureWithinTheWindow_locksTheAddressOut_forFifteenMinutes() {
    for (int i = 0; i < 9; i++) {
      attempts.failed("198.51.100.7", NOW.plusSeconds(i));
    }
    assertThat(attempts.allowed("198.51.100.7", NOW.plusSeconds(9))).isTrue();

    attempts.failed("198.51.100.7", NOW.plusSeconds(9));

    assertThat(attempts.allowed("198.51.100.7", NOW.plusSeconds(10))).isFalse();
    assertThat(attempts.allowed("198.51.100.8", NOW.plusSeconds(10))).isTrue();
    assertThat(attempts.allowed("198.51.100.7", NOW.plusSeconds(9).plus(Duration.ofMinutes(15))))
        .isTrue();
  }

  @Test
  void failuresSpreadBeyondTheWindow_neverLockOut() {
    for (int i = 0; i < 30; i++) {
      attempts.failed("198.51.100.9", NOW.plus(Duration.ofMinutes(2L * i)));
    }

    assertThat(attempts.allowed("198.51.100.9", NOW.plus(Duration.ofMinutes(60)))).isTrue();
  }
}
