package org.exsync.sandbox.identity;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import java.net.MalformedURLException;
import java.time.Instant;
import java.time.LocalDate;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.http.SelfSignedTls;

/**
 * A simulated tenant served over HTTPS on a free port, with the Exsync application registered and a
 * small world of users, plus MSAL4J clients configured as Exsync configures them.
 */
final class SandboxTenant implements AutoCloseable {

  static final String CLIENT_ID = "6f1e3c2a-8d4b-4c1e-9a7f-2b5d8e0c4a11";
  static final String SECRET = "sandbox~client~secret";
  static final String REDIRECT_URI = "https://exsync.example/consent/callback";
  static final String EWS_SCOPE = "https://outlook.office365.com/EWS.AccessAsUser.All";
  static final String APP_ONLY_SCOPE = "https://outlook.office365.com/.default";

  private static final SelfSignedTls TLS = SelfSignedTls.forLocalhost();

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  final IdentitySimulator simulator = new IdentitySimulator(IdentitySettings.defaults(), clock);
  final SandboxWorld world =
      new WorldGenerator(7, LocalDate.of(2026, 3, 2)).generate(new WorldSizes(4, 0, 0, 0));
  final InProcessServer server;

  SandboxTenant() {
    simulator.seed(world);
    simulator.registerApplication(
        RegisteredApplication.exchangeClient(CLIENT_ID, "Exsync", SECRET, REDIRECT_URI));
    server = InProcessServer.https(simulator.handler(), TLS);
  }

  String base() {
    return server.baseUri().toString();
  }

  String authority() {
    return base() + "/" + simulator.tenantId() + "/";
  }

  SeedUser user() {
    return world.users().get(0);
  }

  /**
   * MSAL4J as Exsync builds it. The authority is not one of Microsoft's hosts, so instance
   * discovery (a call to login.microsoftonline.com) is off, as for any private authority.
   */
  ConfidentialClientApplication msal(String secret) {
    try {
      return ConfidentialClientApplication.builder(
              CLIENT_ID, ClientCredentialFactory.createFromSecret(secret))
          .authority(authority())
          .instanceDiscovery(false)
          .sslSocketFactory(TLS.clientSocketFactory())
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  ConfidentialClientApplication msal() {
    return msal(SECRET);
  }

  SignInBrowser browser() {
    return new SignInBrowser(TLS.clientContext());
  }

  static SelfSignedTls tls() {
    return TLS;
  }

  @Override
  public void close() {
    server.close();
  }
}
