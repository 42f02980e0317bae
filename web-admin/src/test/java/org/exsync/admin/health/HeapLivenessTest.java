package org.exsync.admin.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapLivenessTest {

  private static final long GIB = 1L << 30;

  @Test
  void heapWithRoom_isLive() {
    assertThat(HeapLiveness.hasRoom(GIB, 4 * GIB)).isTrue();
  }

  @Test
  void heapAboveTheLimit_isNotLive() {
    assertThat(HeapLiveness.hasRoom(4 * GIB - 1, 4 * GIB)).isFalse();
  }

  @Test
  void heapWithoutADefinedMaximum_isLive() {
    assertThat(HeapLiveness.hasRoom(GIB, -1)).isTrue();
  }
}
