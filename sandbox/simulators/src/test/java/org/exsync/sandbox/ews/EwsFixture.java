package org.exsync.sandbox.ews;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.InProcessServer;

/**
 * One simulator on a loopback port with a small seeded world, its responses checked against the
 * schema, and ews-java-api services pointed at it.
 */
final class EwsFixture implements AutoCloseable {

  static final LocalDate ANCHOR = LocalDate.of(2026, 3, 2);

  final SandboxWorld world = new WorldGenerator(42, ANCHOR).generate(new WorldSizes(3, 30, 8, 12));
  final EwsSimulator simulator;
  final ResponseSchemaCheck responses;
  final InProcessServer server;

  EwsFixture() {
    this(EwsSettings.defaults(new TestTokens(Map.of())));
  }

  EwsFixture(EwsSettings settings) {
    simulator = new EwsSimulator(settings);
    simulator.seed(world);
    responses = new ResponseSchemaCheck(simulator.handler());
    server = InProcessServer.http(responses);
  }

  SeedUser user(int index) {
    return world.users().get(index);
  }

  URI url() {
    return URI.create(server.baseUri() + "/EWS/Exchange.asmx");
  }

  /** A service acting as the user with a delegated token. */
  ExchangeService as(SeedUser user) {
    return withBearer(TestTokens.delegated(user.email()));
  }

  ExchangeService withBearer(String token) {
    ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
    service.setUrl(url());
    service.getHttpHeaders().put("Authorization", "Bearer " + token);
    return service;
  }

  /** An app-only service impersonating the user, with the anchor header Microsoft asks for. */
  ExchangeService appImpersonating(SeedUser user) {
    ExchangeService service = withBearer(TestTokens.APP);
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user.email()));
    service.getHttpHeaders().put("X-AnchorMailbox", user.email());
    return service;
  }

  @Override
  public void close() {
    server.close();
  }
}
