package org.exsync.domain.associate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssociateTest {

  @Test
  void constructor_normalisesEmailToLowerCase() {
    Associate associate =
        new Associate(77, "Ann", "ANN", " Ann@Example.COM ", AssociateType.EMPLOYEE);

    assertThat(associate.getEmail()).contains("ann@example.com");
    assertThat(associate.getCrmId()).isEqualTo(77);
    assertThat(associate.isRetired()).isFalse();
  }

  @Test
  void constructor_acceptsAssociateWithoutEmail() {
    assertThat(new Associate(1, "Room 1", "ROOM1", null, AssociateType.RESOURCE).getEmail())
        .isEmpty();
    assertThat(new Associate(2, "Room 2", "ROOM2", "  ", AssociateType.RESOURCE).getEmail())
        .isEmpty();
  }

  @Test
  void constructor_refusesNonPositiveCrmId() {
    assertThatThrownBy(() -> new Associate(0, "Ann", "ANN", null, AssociateType.EMPLOYEE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("crmId must be at least 1, got 0");
  }

  @Test
  void constructor_refusesMalformedEmail() {
    assertThatThrownBy(
            () -> new Associate(7, "Ann", "ANN", "ann.example.com", AssociateType.EMPLOYEE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email")
        .hasMessageContaining("'ann.example.com'");
  }

  @Test
  void constructor_refusesBlankNameAndMissingType() {
    assertThatThrownBy(() -> new Associate(7, " ", "ANN", null, AssociateType.EMPLOYEE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must not be blank");
    assertThatThrownBy(() -> new Associate(7, "Ann", "ANN", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type is required but was null");
  }

  @Test
  void refresh_takesOverWhatSuperOfficeSays() {
    Associate associate = new Associate(77, "Ann", "ANN", null, AssociateType.EMPLOYEE);

    associate.refresh("Ann Smith", "ASMITH", "ann.smith@example.com", AssociateType.EXTERNAL, true);

    assertThat(associate.getName()).isEqualTo("Ann Smith");
    assertThat(associate.getUserName()).isEqualTo("ASMITH");
    assertThat(associate.getEmail()).contains("ann.smith@example.com");
    assertThat(associate.getType()).isEqualTo(AssociateType.EXTERNAL);
    assertThat(associate.isRetired()).isTrue();
  }

  @Test
  void retire_andReinstate_toggleRetired() {
    Associate associate = new Associate(77, "Ann", "ANN", null, AssociateType.EMPLOYEE);

    associate.retire();
    assertThat(associate.isRetired()).isTrue();

    associate.reinstate();
    assertThat(associate.isRetired()).isFalse();
  }
}
