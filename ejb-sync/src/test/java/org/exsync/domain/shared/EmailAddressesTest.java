package org.exsync.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

  @Test
  void normalize_trimsAndLowerCases() {
    assertThat(EmailAddresses.normalize("  Ann.Example@Contoso.COM ", "email"))
        .isEqualTo("ann.example@contoso.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nobody", "@example.com", "ann@", "a@b@c.com", "ann example@x.com"})
  void normalize_refusesAddressWithoutExactlyOneAtBetweenText(String address) {
    assertThatThrownBy(() -> EmailAddresses.normalize(address, "smtpAddress"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smtpAddress")
        .hasMessageContaining("'" + address + "'");
  }

  @Test
  void normalizeOptional_givesNullForBlank() {
    assertThat(EmailAddresses.normalizeOptional("  ", "email")).isNull();
    assertThat(EmailAddresses.normalizeOptional(null, "email")).isNull();
  }

  @Test
  void normalize_refusesAddressLongerThanColumn() {
    String longAddress = "a".repeat(300) + "@" + "b".repeat(30) + ".com";

    assertThatThrownBy(() -> EmailAddresses.normalize(longAddress, "email"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 320 characters");
  }
}
