package org.exsync.infrastructure.superoffice.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class WebApiClientRetryAfterTest {

  private static Reply asking(String retryAfter) {
    return new Reply(429, "", retryAfter, "", null);
  }

  @Test
  void secondsAndHttpDatesAreBothUnderstood_anythingElseIsOneSecond() {
    String inFiveSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(5));

    assertThat(WebApiClient.retryAfter(asking("7"))).isEqualTo(Duration.ofSeconds(7));
    assertThat(WebApiClient.retryAfter(asking(inFiveSeconds)))
        .isBetween(Duration.ofSeconds(3), Duration.ofSeconds(5));
    assertThat(WebApiClient.retryAfter(asking("soon"))).isEqualTo(Duration.ofSeconds(1));
    assertThat(WebApiClient.retryAfter(asking(""))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void rateLimiter_spacesCallsAtTheLimit() {
    ClientRateLimiter limiter = new ClientRateLimiter(20);
    long started = System.nanoTime();
    for (int i = 0; i < 11; i++) {
      assertThat(limiter.acquire()).isTrue();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(500));
  }
}
