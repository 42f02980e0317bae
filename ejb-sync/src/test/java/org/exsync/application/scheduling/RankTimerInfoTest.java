package org.exsync.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a rank's timer carries reads back; anything else is not a rank timer. */
class RankTimerInfoTest {

  @Test
  void theInfoReadsBack_withRankAndInterval() {
    RankTimerInfo info = new RankTimerInfo(42, 300);

    assertThat(RankTimerInfo.parse(info.text())).hasValue(info);
  }

  @Test
  void otherTimersInfo_isNotARankTimer() {
    assertThat(RankTimerInfo.parse("invitation mail queue")).isEmpty();
    assertThat(RankTimerInfo.parse("exsync-rank:x:300")).isEmpty();
    assertThat(RankTimerInfo.parse("exsync-rank:42")).isEmpty();
    assertThat(RankTimerInfo.parse(42L)).isEmpty();
    assertThat(RankTimerInfo.parse(null)).isEmpty();
  }
}
