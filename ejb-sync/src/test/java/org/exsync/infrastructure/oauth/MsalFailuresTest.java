package org.exsync.infrastructure.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MsalFailuresTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "access_denied | AADSTS65004: User declined to consent to access the app. | CANCELLED",
        "consent_required | AADSTS65001: The user or administrator has not consented. | CONSENT_DENIED",
        "access_denied | AADSTS90094: An administrator of Contoso has set a policy. | CONSENT_DENIED",
        "temporarily_unavailable | AADSTS90033: A transient error has occurred. | UNREACHABLE",
        "invalid_request | AADSTS900144: The request body must contain code. | INVALID_RESPONSE"
      })
  void errorSentToTheCallback_choosesThePageTheUserSees(
      String error, String description, SignInProblem expected) {
    assertThat(MsalIdentityPlatform.callbackProblem(error, description)).isEqualTo(expected);
  }
}
