package org.exsync.domain.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailboxTest {

  private static final URI EWS = URI.create("https://mail.contoso.com/EWS/Exchange.asmx");

  @Test
  void constructor_storesSmtpAddressInLowerCase() {
    Mailbox mailbox = new Mailbox("Ann@Contoso.com", EWS, MailboxKind.EWS_ON_PREMISES, null);

    assertThat(mailbox.getSmtpAddress()).isEqualTo("ann@contoso.com");
    assertThat(mailbox.getEndpoint()).isEqualTo(EWS);
    assertThat(mailbox.getKind()).isEqualTo(MailboxKind.EWS_ON_PREMISES);
    assertThat(mailbox.getTenantId()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann", "ann@contoso@com", "@contoso.com"})
  void constructor_refusesAddressWithoutOneAt(String address) {
    assertThatThrownBy(() -> new Mailbox(address, EWS, MailboxKind.EWS_ON_PREMISES, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smtpAddress")
        .hasMessageContaining(address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/EWS/Exchange.asmx", "ftp://mail.contoso.com/EWS", "https:/EWS"})
  void constructor_refusesEndpointThatIsNotAnAbsoluteHttpUrl(String endpoint) {
    assertThatThrownBy(
            () ->
                new Mailbox("ann@contoso.com", URI.create(endpoint), MailboxKind.EWS_ONLINE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint must be an absolute http(s) URL with a host, got '" + endpoint + "'");
  }

  @Test
  void connect_movesMailboxToAnotherEndpointAndKind() {
    Mailbox mailbox = new Mailbox("ann@contoso.com", EWS, MailboxKind.EWS_ON_PREMISES, null);
    URI graph = URI.create("https://graph.microsoft.com/v1.0");

    mailbox.connect(graph, MailboxKind.GRAPH, " contoso.onmicrosoft.com ");

    assertThat(mailbox.getEndpoint()).isEqualTo(graph);
    assertThat(mailbox.getKind()).isEqualTo(MailboxKind.GRAPH);
    assertThat(mailbox.getTenantId()).contains("contoso.onmicrosoft.com");
  }

  @Test
  void connect_refusesMissingKind() {
    Mailbox mailbox = new Mailbox("ann@contoso.com", EWS, MailboxKind.EWS_ON_PREMISES, null);

    assertThatThrownBy(() -> mailbox.connect(EWS, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind is required but was null");
    assertThat(mailbox.getKind()).isEqualTo(MailboxKind.EWS_ON_PREMISES);
  }
}
