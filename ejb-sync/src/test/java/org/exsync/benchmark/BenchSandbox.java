package org.exsync.benchmark;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.infrastructure.exchange.EwsExchangeGateway;
import org.exsync.infrastructure.exchange.EwsOptions;
import org.exsync.infrastructure.superoffice.SuperOfficeCredentials;
import org.exsync.infrastructure.superoffice.SuperOfficeEndpoint;
import org.exsync.infrastructure.superoffice.SuperOfficeSettings;
import org.exsync.infrastructure.superoffice.SuperOfficeWebApiGateway;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.exsync.sandbox.ews.throttle.ThrottlingPolicy;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.superoffice.SuperOfficeOptions;
import org.exsync.sandbox.superoffice.SuperOfficeSimulator;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Person;
import org.exsync.sandbox.superoffice.store.Stamp;

/**
 * The EWS and SuperOffice simulators on loopback ports, seeded with one world, and the real
 * adapters connected to them: Exchange through an impersonating service account (whose requests
 * spend the impersonated mailbox's budget, as app-only access to Exchange Online does), SuperOffice
 * as an on-site installation signed in with Basic, one gateway for the tenant.
 */
final class BenchSandbox implements AutoCloseable {

  static final String ACCOUNT = "svc-exsync@northwind.example";
  private static final String PASSWORD = "benchmark-service-password";

  final BenchParameters parameters;
  final SandboxWorld world;
  final EwsSimulator ews;
  final OwnerMeter ewsMeter;
  final SuperOfficeSimulator crm;
  final SuperOfficeWebApiGateway crmGateway;
  final ThrottlingPolicy policy = ThrottlingPolicy.EXCHANGE_ONLINE;
  private final InProcessServer exchange;
  private final InProcessServer superOffice;

  BenchSandbox(BenchParameters parameters) {
    this.parameters = parameters;
    world =
        new WorldGenerator(2026, LocalDate.now(ZoneOffset.UTC))
            .generate(
                new WorldSizes(
                    parameters.users(),
                    parameters.appointments(),
                    parameters.tasks(),
                    parameters.contacts()));
    IdentitySimulator identity = new IdentitySimulator();
    identity.seed(world);
    ews =
        new EwsSimulator(
            EwsSettings.defaults(identity)
                .withThrottling(policy)
                .withLatency(parameters.ewsLatency())
                .withRequestValidation(false)
                .withServiceAccounts(List.of(new ServiceAccount(ACCOUNT, PASSWORD, true, false))));
    ews.seed(world);
    ewsMeter = new OwnerMeter(ews.handler());
    exchange = InProcessServer.http(ewsMeter);
    crm =
        new SuperOfficeSimulator(
            SuperOfficeOptions.defaults()
                .withRateLimit(parameters.crmCallsPerSecond())
                .withLatency(parameters.crmLatency()));
    crm.seed(world);
    spreadChangeTimes(crm.store());
    superOffice = InProcessServer.http(crm.handler());
    SeedUser admin = world.users().get(0);
    crmGateway =
        new SuperOfficeWebApiGateway(
            SuperOfficeSettings.of(
                    new SuperOfficeEndpoint.OnSite(
                        superOffice.baseUri().resolve("/" + crm.contextIdentifier() + "/api")),
                    new SuperOfficeCredentials.Basic(admin.userName(), admin.password()))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60))
                .withCallsPerSecond(parameters.crmCallsPerSecond()));
  }

  /**
   * The simulator stamps every seeded row with the second it was seeded in; a real tenant's rows
   * were last changed over months. The adapter lists {@code updatedDate >= watermark} to the
   * second, so rows sharing the watermark's second are listed again each cycle: with one second for
   * the whole world, every cycle would read every row. Spreading the stamps over the past year
   * keeps that to what a real tenant has, the rows of one second.
   */
  private static void spreadChangeTimes(CrmStore store) {
    Instant seeded = store.now().truncatedTo(ChronoUnit.SECONDS);
    for (Appointment row : List.copyOf(store.appointments().all())) {
      store.appointments().update(row.id(), r -> r.withStamp(past(r.stamp(), seeded, r.id())));
    }
    for (Person row : List.copyOf(store.persons().all())) {
      store.persons().update(row.id(), r -> r.withStamp(past(r.stamp(), seeded, r.id() + 7)));
    }
  }

  private static Stamp past(Stamp stamp, Instant seeded, int id) {
    Instant updated = seeded.minusSeconds(60 + (id * 7919L) % 31_000_000L);
    return new Stamp(
        updated.minusSeconds(86_400),
        stamp.createdBy(),
        updated,
        stamp.updatedBy(),
        stamp.updatedCount());
  }

  List<SeedUser> users() {
    return world.users();
  }

  URI ewsUrl() {
    return exchange.baseUri().resolve("/EWS/Exchange.asmx");
  }

  ExchangeMailbox open(SeedUser user, EwsOptions options) {
    return new EwsExchangeGateway(options)
        .open(
            new MailboxAccess(
                user.email(),
                ewsUrl(),
                new ExchangeAuth.ServiceAccount(ACCOUNT, PASSWORD, "", true)));
  }

  long ewsRequests() {
    return ews.counters().get("requests");
  }

  long crmRequests() {
    return crmGateway.requests();
  }

  static Latency latency(double perRequest, double perItem) {
    return new Latency(perRequest, perItem, 0.2);
  }

  @Override
  public void close() {
    crmGateway.close();
    superOffice.close();
    crm.close();
    exchange.close();
  }
}
