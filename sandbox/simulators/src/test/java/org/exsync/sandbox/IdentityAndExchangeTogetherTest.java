package org.exsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.http.SelfSignedTls;
import org.exsync.sandbox.identity.IdentitySettings;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The identity and EWS simulators wired as the sandbox wires them: a token MSAL4J gets from the one
 * opens a mailbox in the other, and the token's expiry, signature and roles matter there as they do
 * at Exchange Online.
 */
class IdentityAndExchangeTogetherTest {

  private static final SelfSignedTls TLS = SelfSignedTls.forLocalhost();

  private final MovableClock clock = new MovableClock(Instant.now());
  private final IdentitySimulator identity =
      new IdentitySimulator(IdentitySettings.defaults(), clock);
  private final EwsSimulator exchange = new EwsSimulator(EwsSettings.defaults(identity));
  private final SandboxWorld world =
      new WorldGenerator(3, LocalDate.now(ZoneOffset.UTC)).generate(new WorldSizes(3, 12, 4, 6));
  private final InProcessServer login;
  private final InProcessServer ews;

  IdentityAndExchangeTogetherTest() {
    identity.seed(world);
    exchange.seed(world);
    identity.registerApplication(DemoTenant.application());
    login = InProcessServer.https(identity.handler(), TLS);
    ews = InProcessServer.http(exchange.handler());
  }

  @AfterEach
  void stop() {
    login.close();
    ews.close();
  }

  @Test
  void appOnlyTokenWithAdminConsent_opensTheImpersonatedMailbox() throws Exception {
    identity.grantAdminConsent(DemoTenant.CLIENT_ID);
    SeedUser user = world.users().get(1);

    try (ExchangeService service = service(user, appOnlyToken())) {
      Folder calendar = Folder.bind(service, WellKnownFolderName.Calendar);

      assertThat(calendar.getTotalCount()).isEqualTo(world.itemsOf(user).appointments().size());
    }
  }

  @Test
  void appOnlyTokenWithoutAdminConsent_isRefusedByExchange() throws Exception {
    try (ExchangeService service = service(world.users().get(0), appOnlyToken())) {
      Throwable refused = catchThrowable(() -> Folder.bind(service, WellKnownFolderName.Calendar));

      assertThat(refused).hasRootCauseInstanceOf(HttpErrorException.class);
      assertThat(((HttpErrorException) rootCause(refused)).getHttpErrorCode()).isEqualTo(401);
    }
  }

  @Test
  void expiredOrTamperedToken_isRefusedWith401() throws Exception {
    identity.grantAdminConsent(DemoTenant.CLIENT_ID);
    String token = appOnlyToken();
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    SeedUser user = world.users().get(2);

    try (ExchangeService service = service(user, tampered)) {
      Throwable refused = catchThrowable(() -> Folder.bind(service, WellKnownFolderName.Tasks));
      assertThat(((HttpErrorException) rootCause(refused)).getHttpErrorCode()).isEqualTo(401);
    }
    clock.advance(Duration.ofHours(2));
    try (ExchangeService service = service(user, token)) {
      Throwable refused = catchThrowable(() -> Folder.bind(service, WellKnownFolderName.Tasks));
      assertThat(((HttpErrorException) rootCause(refused)).getHttpErrorCode()).isEqualTo(401);
    }
    assertThat(exchange.counters().get("auth.failed")).isEqualTo(2);
  }

  private String appOnlyToken() throws Exception {
    ConfidentialClientApplication msal =
        ConfidentialClientApplication.builder(
                DemoTenant.CLIENT_ID,
                ClientCredentialFactory.createFromSecret(DemoTenant.CLIENT_SECRET))
            .authority(login.baseUri() + "/" + world.tenantId() + "/")
            .instanceDiscovery(false)
            .sslSocketFactory(TLS.clientSocketFactory())
            .build();
    return msal.acquireToken(
            ClientCredentialParameters.builder(Set.of("https://outlook.office365.com/.default"))
                .build())
        .get()
        .accessToken();
  }

  private ExchangeService service(SeedUser user, String token) throws Exception {
    ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
    service.setUrl(ews.baseUri().resolve("/EWS/Exchange.asmx"));
    service.getHttpHeaders().put("Authorization", "Bearer " + token);
    service.getHttpHeaders().put("X-AnchorMailbox", user.email());
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user.email()));
    return service;
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** A clock the test moves forward, shared by the token issuer and the token checker. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
