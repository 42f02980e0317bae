package org.exsync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {

  @Test
  void text_stripsAndRefusesBlank() {
    assertThat(Require.text("  Gold ", "name", 10)).isEqualTo("Gold");
    assertThatThrownBy(() -> Require.text(" ", "name", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, got ' '");
  }

  @Test
  void text_refusesNullNamingTheField() {
    assertThatThrownBy(() -> Require.text(null, "userName", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userName is required but was null");
  }

  @Test
  void between_namesBoundsAndValue() {
    assertThatThrownBy(() -> Require.between(101, 1, 100, "capacitySharePercent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacitySharePercent must be between 1 and 100, got 101");
  }

  @Test
  void clipped_cutsLongTextAndDropsBlank() {
    assertThat(Require.clipped("x".repeat(50), 10)).hasSize(10);
    assertThat(Require.clipped("  ", 10)).isNull();
  }
}
