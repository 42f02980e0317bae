package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.superoffice.SuperOfficeOptions;
import org.exsync.sandbox.superoffice.SuperOfficeSimulator;
import org.exsync.sandbox.superoffice.contract.ContractCheckingHandler;
import org.exsync.sandbox.superoffice.contract.SwaggerContract;

/**
 * A seeded SuperOffice simulator on a loopback port, behind the Swagger contract check, and the
 * adapter signed in to it with Basic as an on-site installation. Its clock stands still at the
 * seeding time until a test moves it, so versions and conditional writes are exact. Closing it
 * asserts that no exchange broke the contract, except bodies a test had the simulator cut in half.
 */
final class SuperOfficeFixture implements AutoCloseable {

  static final Instant SEEDED_AT = Instant.parse("2026-03-02T08:00:00Z");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final SyncWindow YEAR =
      new SyncWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

  final SandboxWorld world =
      new WorldGenerator(7, LocalDate.of(2026, 3, 2)).generate(new WorldSizes(6, 12, 4, 6));
  final SuperOfficeSimulator simulator;
  final ContractCheckingHandler contract;
  final InProcessServer server;
  final SuperOfficeWebApiGateway gateway;

  SuperOfficeFixture() {
    this(UnaryOperator.identity());
  }

  SuperOfficeFixture(UnaryOperator<SuperOfficeSettings> settings) {
    this(settings, true);
  }

  /**
   * @param checked whether every exchange goes through the Swagger check; a benchmark leaves it
   *     out, since validating costs more than the simulator's own work
   */
  SuperOfficeFixture(UnaryOperator<SuperOfficeSettings> settings, boolean checked) {
    if (checked) {
      // Loading the contract takes seconds; not inside the first request, where it would time out.
      assertThat(SwaggerContract.LOAD_TIME).isPositive();
    }
    simulator = new SuperOfficeSimulator(SuperOfficeOptions.defaults().withRateLimit(0));
    simulator.clock().set(SEEDED_AT);
    simulator.seed(world);
    contract = new ContractCheckingHandler(simulator.handler());
    server = InProcessServer.http(checked ? contract : simulator.handler());
    gateway = new SuperOfficeWebApiGateway(settings.apply(onSite(user(0))), simulator.clock());
  }

  SuperOfficeSettings onSite(SeedUser user) {
    return SuperOfficeSettings.of(
            new SuperOfficeEndpoint.OnSite(api()),
            new SuperOfficeCredentials.Basic(user.userName(), user.password()))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20))
        .withCallsPerSecond(1000);
  }

  URI api() {
    return server.baseUri().resolve("/" + simulator.contextIdentifier() + "/api");
  }

  SeedUser user(int index) {
    return world.users().get(index);
  }

  /** Lets time pass in SuperOffice, so the next change is stamped later than the last one. */
  void tick() {
    simulator.clock().advance(Duration.ofSeconds(5));
  }

  /** Requests the simulator answered so far. */
  long requests() {
    return simulator.counters().snapshot().getOrDefault("requests", 0L);
  }

  /** The version of every item in the changes, by its id. */
  static Map<String, String> versions(CrmChanges changes) {
    Map<String, String> versions = new HashMap<>();
    changes.changed().forEach(item -> versions.put(item.id(), item.version()));
    return versions;
  }

  static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).as("outcome").isEmpty();
    return outcome.value();
  }

  @Override
  public void close() {
    gateway.close();
    server.close();
    simulator.close();
    boolean cutOnPurpose =
        simulator.counters().snapshot().getOrDefault("faults.MALFORMED_BODY", 0L) > 0;
    assertThat(contract.problems())
        .filteredOn(p -> !(cutOnPurpose && p.contains("schema.invalidJson")))
        .as("exchanges that break the Swagger contract")
        .isEmpty();
  }
}
