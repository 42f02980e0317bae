package org.exsync.infrastructure.superoffice.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The earliest time an answer's content can have been read at, on SuperOffice's clock. */
class ReadTimeTest {

  @Test
  void theDateHeaderLessTheWholeRoundTrip() {
    assertThat(
            HttpTransport.readNotBefore("Tue, 03 Mar 2026 08:00:09 GMT", Duration.ofMillis(1_250)))
        .isEqualTo(Instant.parse("2026-03-03T08:00:07.750Z"));
  }

  @Test
  void noUsableDate_noTime() {
    assertThat(HttpTransport.readNotBefore(null, Duration.ZERO)).isNull();
    assertThat(HttpTransport.readNotBefore(" ", Duration.ZERO)).isNull();
    assertThat(HttpTransport.readNotBefore("yesterday", Duration.ZERO)).isNull();
  }
}
