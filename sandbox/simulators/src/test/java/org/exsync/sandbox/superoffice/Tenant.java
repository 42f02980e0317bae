package org.exsync.sandbox.superoffice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.InProcessServer;

/**
 * A seeded simulated tenant on a loopback port with its clock stopped, and a contract-checking
 * client that logs in with Basic as the first user. Rate limiting is off unless a test turns it on.
 */
final class Tenant implements AutoCloseable {

  static final Instant SEEDED_AT = Instant.parse("2026-03-02T08:00:00Z");

  final SandboxWorld world =
      new WorldGenerator(7, LocalDate.of(2026, 3, 2)).generate(new WorldSizes(6, 12, 4, 6));
  final SuperOfficeSimulator simulator =
      new SuperOfficeSimulator(
          SuperOfficeOptions.defaults()
              .withRateLimit(0)
              .withWebhookRetryDelay(java.time.Duration.ofMillis(5)));
  final InProcessServer server;
  final SoClient client;
  final String api;

  Tenant() {
    simulator.clock().set(SEEDED_AT);
    simulator.seed(world);
    server = InProcessServer.http(simulator.handler());
    api = "/" + simulator.contextIdentifier() + "/api/v1";
    client = new SoClient(server.baseUri()).withHeader("Authorization", basic(user(0)));
    client.withHeader("Accept", "application/json");
  }

  SeedUser user(int index) {
    return world.users().get(index);
  }

  static String basic(SeedUser user) {
    String pair = user.userName() + ":" + user.password();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
    simulator.close();
  }
}
