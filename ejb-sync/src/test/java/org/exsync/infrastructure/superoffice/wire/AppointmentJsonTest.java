package org.exsync.infrastructure.superoffice.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AppointmentJsonTest {

  @Test
  void allDayRowFromTokyosMidnight_isTheNextDayInOslo() {
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 8, 7, 17, 0)))
        .isEqualTo(LocalDate.of(2026, 8, 8));
  }

  @Test
  void allDayRowFromNewYorksOrLondonsMidnight_isThatDayInOslo() {
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 6, 10, 6, 0)))
        .isEqualTo(LocalDate.of(2026, 6, 10));
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 2, 5, 1, 0)))
        .isEqualTo(LocalDate.of(2026, 2, 5));
  }

  @Test
  void allDayEndInsideTheLastDay_isTheMidnightAfterIt() {
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 6, 12, 23, 59)))
        .isEqualTo(LocalDate.of(2026, 6, 13));
    assertThat(AppointmentJson.nearestMidnight(LocalDateTime.of(2026, 6, 13, 0, 0)))
        .isEqualTo(LocalDate.of(2026, 6, 13));
  }
}
