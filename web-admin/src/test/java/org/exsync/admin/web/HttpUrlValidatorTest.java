package org.exsync.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpUrlValidatorTest {

  @Test
  void httpsUrlWithHost_passes() {
    assertThat(HttpUrlValidator.problem("https://outlook.office365.com/EWS/Exchange.asmx"))
        .isNull();
  }

  @Test
  void urlWithoutScheme_asksForHttps() {
    assertThat(HttpUrlValidator.problem("exchange.example.com/EWS/Exchange.asmx"))
        .isEqualTo(
            "'exchange.example.com/EWS/Exchange.asmx' is not a web address: it must start with"
                + " https:// (or http://)");
  }

  @Test
  void urlWithoutHost_saysSo() {
    assertThat(HttpUrlValidator.problem("https:///EWS")).contains("has no server name");
  }

  @Test
  void spaces_areNotAUrl() {
    assertThat(HttpUrlValidator.problem("https://crm example.com/api"))
        .contains("is not a valid URL");
  }
}
