package org.exsync.infrastructure.exchange;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.ews.OutlookUser;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.http.SelfSignedTls;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.identity.RegisteredApplication;

/**
 * The identity and EWS simulators in-process, wired as the sandbox wires them, with a few empty
 * mailboxes, the Exsync application registered with admin consent, and service accounts for the
 * on-premises modes. Tests open mailboxes through the real adapter.
 */
final class SandboxExchange implements AutoCloseable {

  static final String CLIENT_ID = "0e6f5b1c-4a2d-4f3e-9b8a-7c6d5e4f3a21";
  static final String SECRET = "adapter-test-secret";
  static final String REDIRECT_URI = "https://exsync.test/consent/callback";
  static final String IMPERSONATOR = "svc-impersonate@northwind.example";
  static final String DELEGATE = "svc-fullaccess@northwind.example";
  static final String POWERLESS = "svc-powerless@northwind.example";
  static final String PASSWORD = "service-account-password";

  private static final SelfSignedTls TLS = SelfSignedTls.forLocalhost();

  final SandboxWorld world =
      new WorldGenerator(11, LocalDate.of(2026, 3, 2)).generate(new WorldSizes(4, 0, 0, 0));
  final IdentitySimulator identity = new IdentitySimulator();
  final EwsSimulator ews;
  private final InProcessServer login;
  private final InProcessServer exchange;

  SandboxExchange() {
    identity.seed(world);
    identity.registerApplication(
        RegisteredApplication.exchangeClient(CLIENT_ID, "Exsync", SECRET, REDIRECT_URI));
    identity.grantAdminConsent(CLIENT_ID);
    ews =
        new EwsSimulator(
            EwsSettings.defaults(identity)
                .withServiceAccounts(
                    List.of(
                        new ServiceAccount(IMPERSONATOR, PASSWORD, true, false),
                        new ServiceAccount(DELEGATE, PASSWORD, false, true),
                        new ServiceAccount(POWERLESS, PASSWORD, false, false))));
    ews.seed(world);
    login = InProcessServer.https(identity.handler(), TLS);
    exchange = InProcessServer.http(ews.handler());
  }

  SeedUser user(int index) {
    return world.users().get(index);
  }

  URI ewsUrl() {
    return exchange.baseUri().resolve("/EWS/Exchange.asmx");
  }

  OutlookUser outlook(SeedUser user) {
    return ews.outlook(user.email()).orElseThrow();
  }

  ConfidentialClientApplication msal() {
    try {
      return ConfidentialClientApplication.builder(
              CLIENT_ID, ClientCredentialFactory.createFromSecret(SECRET))
          .authority(login.baseUri() + "/" + world.tenantId() + "/")
          .instanceDiscovery(false)
          .sslSocketFactory(TLS.clientSocketFactory())
          .build();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  MailboxAccess appOnly(SeedUser user, AccessTokens tokens) {
    return new MailboxAccess(user.email(), ewsUrl(), new ExchangeAuth.AppOnly(tokens));
  }

  MailboxAccess appOnly(SeedUser user) {
    return appOnly(user, MsalTokens.appOnly(msal()));
  }

  /** The user signs in and consents; the access acts with that user's delegated tokens. */
  MailboxAccess delegated(SeedUser user) throws Exception {
    ConfidentialClientApplication msal = msal();
    String refreshToken =
        SignIn.refreshToken(msal, TLS.clientContext(), REDIRECT_URI, user.email(), user.password());
    return new MailboxAccess(
        user.email(),
        ewsUrl(),
        new ExchangeAuth.Delegated(MsalTokens.delegated(msal, refreshToken)));
  }

  MailboxAccess serviceAccount(SeedUser user, String account, boolean impersonate) {
    return new MailboxAccess(
        user.email(),
        ewsUrl(),
        new ExchangeAuth.ServiceAccount(account, PASSWORD, "", impersonate));
  }

  ExchangeMailbox open(MailboxAccess access, EwsOptions options) {
    return new EwsExchangeGateway(options).open(access);
  }

  long count(String counter) {
    return ews.counters().get(counter);
  }

  @Override
  public void close() {
    exchange.close();
    login.close();
  }
}
