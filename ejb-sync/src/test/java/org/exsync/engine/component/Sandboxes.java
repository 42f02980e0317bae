package org.exsync.engine.component;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.BookingPolicy;
import org.exsync.engine.LinkSettings;
import org.exsync.engine.SyncEngine;
import org.exsync.engine.SyncJob;
import org.exsync.engine.SyncReport;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.sides.InMemoryStore;
import org.exsync.infrastructure.exchange.EwsExchangeGateway;
import org.exsync.infrastructure.exchange.EwsOptions;
import org.exsync.infrastructure.superoffice.SuperOfficeCredentials;
import org.exsync.infrastructure.superoffice.SuperOfficeEndpoint;
import org.exsync.infrastructure.superoffice.SuperOfficeSettings;
import org.exsync.infrastructure.superoffice.SuperOfficeWebApiGateway;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.superoffice.SuperOfficeOptions;
import org.exsync.sandbox.superoffice.SuperOfficeSimulator;

/**
 * Both simulators in-process, seeded from one generated world (so both sides start with the same
 * items, as after an earlier sync tool), the real adapters on top, and the engine between them with
 * an in-memory store. The mailbox is opened by an impersonating service account.
 */
final class Sandboxes implements AutoCloseable {

  static final Instant SEEDED_AT = Instant.parse("2026-03-02T08:00:00Z");
  static final SyncWindow WINDOW =
      new SyncWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
  private static final String ACCOUNT = "svc-impersonate@northwind.example";
  private static final String PASSWORD = "service-account-password";

  final SandboxWorld world;
  final SuperOfficeSimulator superOffice;
  final EwsSimulator ews;
  final SuperOfficeWebApiGateway crm;
  final ExchangeMailbox mailbox;
  final InMemoryStore store = new InMemoryStore();

  /** What happens to an edit of a booking's copy; the admin's choice per link. */
  BookingPolicy bookingPolicy = BookingPolicy.REJECT_AND_RESTORE;

  private final InProcessServer crmServer;
  private final InProcessServer ewsServer;
  private final int userIndex;

  Sandboxes(WorldSizes sizes) {
    this(sizes, 0);
  }

  /** The sandboxes with the link of the given seeded user (users work in several zones). */
  Sandboxes(WorldSizes sizes, int userIndex) {
    this.userIndex = userIndex;
    world = new WorldGenerator(5, LocalDate.of(2026, 3, 2)).generate(sizes);
    IdentitySimulator identity = new IdentitySimulator();
    identity.seed(world);
    ews =
        new EwsSimulator(
            EwsSettings.defaults(identity)
                .withServiceAccounts(List.of(new ServiceAccount(ACCOUNT, PASSWORD, true, false))));
    ews.seed(world);
    ewsServer = InProcessServer.http(ews.handler());
    superOffice = new SuperOfficeSimulator(SuperOfficeOptions.defaults().withRateLimit(0));
    superOffice.clock().set(SEEDED_AT);
    superOffice.seed(world);
    crmServer = InProcessServer.http(superOffice.handler());
    SeedUser user = user();
    URI api = crmServer.baseUri().resolve("/" + superOffice.contextIdentifier() + "/api");
    crm =
        new SuperOfficeWebApiGateway(
            SuperOfficeSettings.of(
                    new SuperOfficeEndpoint.OnSite(api),
                    new SuperOfficeCredentials.Basic(user.userName(), user.password()))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20))
                .withCallsPerSecond(1000),
            superOffice.clock());
    mailbox =
        new EwsExchangeGateway(EwsOptions.DEFAULTS)
            .open(
                new MailboxAccess(
                    user.email(),
                    ewsServer.baseUri().resolve("/EWS/Exchange.asmx"),
                    new ExchangeAuth.ServiceAccount(ACCOUNT, PASSWORD, "", true)));
  }

  SeedUser user() {
    return world.users().get(userIndex);
  }

  LinkSettings settings(Set<ItemKind> kinds) {
    return new LinkSettings(
        1,
        user().associateId(),
        user().email(),
        kinds,
        WINDOW,
        ConflictPolicy.LAST_MODIFIED_WINS,
        bookingPolicy,
        LinkSettings.DEFAULT_MASS_DELETE_PERCENT,
        true,
        List.of());
  }

  SyncReport run(Set<ItemKind> kinds) {
    superOffice.clock().advance(Duration.ofSeconds(5));
    return new SyncEngine()
        .run(new SyncJob(settings(kinds), mailbox, crm, store, superOffice.clock()));
  }

  /** What the seeded user does in Outlook, outside EWS. */
  org.exsync.sandbox.ews.OutlookUser outlook() {
    return ews.outlook(user().email()).orElseThrow();
  }

  /**
   * What the seeded user does in a SuperOffice client: a request to the Web API as that user, with
   * a JSON body; the reply's entity.
   */
  jakarta.json.JsonObject superOfficeUserSends(String method, String resource, String json) {
    SeedUser user = user();
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (user.userName() + ":" + user.password())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    URI uri =
        crmServer.baseUri().resolve("/" + superOffice.contextIdentifier() + "/api/v1/" + resource);
    try {
      java.net.http.HttpResponse<String> reply =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(uri)
                      .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json))
                      .header("Authorization", "Basic " + basic)
                      .header("Content-Type", "application/json")
                      .header("Accept", "application/json")
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      if (reply.statusCode() != 200) {
        throw new AssertionError(
            method + " " + resource + ": " + reply.statusCode() + " " + reply.body());
      }
      return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Lets time pass in SuperOffice, so the next change is stamped later than the last one. */
  void tick() {
    superOffice.clock().advance(Duration.ofSeconds(5));
  }

  @Override
  public void close() {
    mailbox.close();
    crm.close();
    crmServer.close();
    ewsServer.close();
    superOffice.close();
  }
}
