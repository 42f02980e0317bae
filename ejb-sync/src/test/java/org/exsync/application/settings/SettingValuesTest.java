package org.exsync.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

  @Test
  void seed_takesTheDeploymentsValue_butNeverAnUnresolvedReference() {
    Map<String, String> deployment =
        Map.of(
            "exsync.entra.client-id", " 5e7c2a0d ",
            "exsync.entra.tenant-id", "${ALIAS=missing}");

    assertThat(SettingKey.ENTRA_CLIENT_ID.seed(name -> Optional.ofNullable(deployment.get(name))))
        .isEqualTo("5e7c2a0d");
    assertThat(SettingKey.ENTRA_TENANT.seed(name -> Optional.ofNullable(deployment.get(name))))
        .isEqualTo("organizations");
  }

  @Test
  void registrationUrl_becomesAFolder_soPagesResolveBelowIt() {
    URI url = SettingValues.folderUrl("https://exsync.example/consent", "registration URL");
    RegistrationSettings registration =
        new RegistrationSettings(url, Duration.ofDays(14), URI.create("https://ews.example/"));

    assertThat(registration.linkFor("abc").toString())
        .isEqualTo("https://exsync.example/consent/register.xhtml?t=abc");
    assertThat(registration.callback().toString())
        .isEqualTo("https://exsync.example/consent/callback");
  }

  @Test
  void badValues_areRefused_namingTheSettingAndTheValue() {
    assertThatThrownBy(() -> SettingValues.httpsUrl("http://login.example/", "authority"))
        .hasMessageContaining("authority")
        .hasMessageContaining("http://login.example/")
        .hasMessageContaining("https");
    assertThatThrownBy(() -> SettingValues.number("fourteen", "invitation lifetime", 1, 365))
        .hasMessageContaining("'fourteen'");
    assertThatThrownBy(() -> SettingValues.number("0", "invitation lifetime", 1, 365))
        .hasMessageContaining("between 1 and 365");
    assertThatThrownBy(() -> SettingValues.word("my tenant", "tenant id"))
        .hasMessageContaining("one word");
  }
}
