package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a version seen is good enough to leave an item unread. */
class OpenVersionsTest {

  private static final String STAMP = "2026-03-02T08:00:07";
  private static final Instant STAMPED = Instant.parse("2026-03-02T08:00:07Z");

  private static boolean leftOut(String version) {
    return SyncedVersions.of(Map.of("42", version)).unchanged("42", STAMPED);
  }

  @Test
  void aReadBeforeItsStampsSecondIsOver_staysOpen_andTheItemIsReadAgain() {
    String version = SyncedVersions.read(STAMP, STAMPED.plusMillis(999));

    assertThat(version).isNotEqualTo(STAMP);
    assertThat(leftOut(version)).isFalse();
    assertThat(SyncedVersions.instant(version)).isEqualTo(STAMPED);
  }

  @Test
  void aReadSurelyAfterItsStampsSecond_isSettled_andTheItemIsLeftOut() {
    String version = SyncedVersions.read(STAMP, STAMPED.plusSeconds(1));

    assertThat(version).isEqualTo(STAMP);
    assertThat(leftOut(version)).isTrue();
  }

  @Test
  void aReadWithoutATime_andEveryWrite_leaveOpenVersions() {
    assertThat(leftOut(SyncedVersions.read(STAMP, null))).isFalse();
    assertThat(leftOut(SyncedVersions.written(STAMP))).isFalse();
    assertThat(SyncedVersions.instant(SyncedVersions.written(STAMP))).isEqualTo(STAMPED);
  }

  @Test
  void aSettledVersion_isLeftOutOnlyWhileTheListShowsItsStamp() {
    assertThat(SyncedVersions.of(Map.of("42", STAMP)).unchanged("42", STAMPED.plusSeconds(1)))
        .isFalse();
    assertThat(SyncedVersions.of(Map.of("42", STAMP)).unchanged("43", STAMPED)).isFalse();
  }
}
