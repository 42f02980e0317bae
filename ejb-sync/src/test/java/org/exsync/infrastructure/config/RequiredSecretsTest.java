package org.exsync.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSecretsTest {

  @Test
  void resolvedAlias_isNoProblem() {
    Map<String, String> settings = Map.of("exsync.secrets.token-key", "c2VjcmV0LWtleQ==");

    assertThat(RequiredSecrets.problem(key -> Optional.ofNullable(settings.get(key)))).isEmpty();
  }

  @Test
  void unresolvedAliasReference_namesTheAliasAndTheCommandThatCreatesIt() {
    Map<String, String> settings = Map.of("exsync.secrets.token-key", "${ALIAS=exsync-token-key}");

    assertThat(RequiredSecrets.problem(key -> Optional.ofNullable(settings.get(key))))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .contains("password alias 'exsync-token-key' is missing")
                    .contains("asadmin create-password-alias exsync-token-key"));
  }

  @Test
  void missingOrBlankSetting_isAProblem() {
    assertThat(RequiredSecrets.problem(key -> Optional.empty())).isPresent();
    assertThat(RequiredSecrets.problem(key -> Optional.of(" "))).isPresent();
  }
}
