package org.exsync.infrastructure.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.http.SelfSignedTls;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.identity.RegisteredApplication;
import org.exsync.sandbox.identity.SignInBrowser;

/**
 * The sandbox's Microsoft sign-in on a free HTTPS port with Exsync's application registered, and
 * the registration Exsync would be configured with to use it: its self-signed certificate is the
 * only one trusted.
 */
final class SimulatedTenant implements AutoCloseable {

  static final String CLIENT_ID = "0c7e3a55-1f2b-4d6a-9e8c-5b4a3f2e1d0c";
  static final String SECRET = "simulated~client~secret";
  static final URI REDIRECT = URI.create("https://exsync.example/consent/callback");

  private static final SelfSignedTls TLS = SelfSignedTls.forLocalhost();

  final IdentitySimulator simulator = new IdentitySimulator();
  final SandboxWorld world =
      new WorldGenerator(11, LocalDate.of(2026, 5, 4)).generate(new WorldSizes(3, 0, 0, 0));
  final InProcessServer server;
  private final Path certificate;

  SimulatedTenant() {
    simulator.seed(world);
    simulator.registerApplication(
        RegisteredApplication.exchangeClient(CLIENT_ID, "Exsync", SECRET, REDIRECT.toString()));
    simulator.grantAdminConsent(CLIENT_ID);
    server = InProcessServer.https(simulator.handler(), TLS);
    certificate = pem();
  }

  SeedUser user() {
    return world.users().get(0);
  }

  /** The registration with the tenant's authority, as for Microsoft's own. */
  EntraRegistration registration() {
    return registration(server.baseUri() + "/" + simulator.tenantId() + "/", simulator.tenantId());
  }

  EntraRegistration registration(String authority, String tenant) {
    return new EntraRegistration(
        URI.create(authority), tenant, CLIENT_ID, SECRET, Optional.of(certificate.toString()));
  }

  /** Signs in and consents in the scripted browser; the fields posted to the callback. */
  Map<String, String> signIn(AuthorizationStart start) {
    SeedUser user = user();
    SignInBrowser.Page page =
        new SignInBrowser(TLS.clientContext())
            .signInAndConsent(start.url().toString(), user.email(), user.password());
    return page.hiddenFields();
  }

  private static Path pem() {
    try {
      Path file = Files.createTempFile("sandbox-identity", ".pem");
      file.toFile().deleteOnExit();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(TLS.certificate().getEncoded());
      Files.writeString(
          file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
