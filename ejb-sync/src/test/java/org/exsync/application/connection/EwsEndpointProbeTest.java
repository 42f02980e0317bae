package org.exsync.application.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EwsEndpointProbeTest {

  private HttpServer server;
  private final AtomicReference<String> authorization = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/EWS/Exchange.asmx",
        exchange -> {
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          int status = authorization.get() == null ? 401 : 500;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI at(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void ewsAskingForSignIn_withoutCredentials_isTheRightUrl() {
    CheckResult result = new EwsEndpointProbe().probe(at("/EWS/Exchange.asmx"), Optional.empty());

    assertThat(result.ok()).isTrue();
    assertThat(result.summary()).isEqualTo("Exchange Web Services answer at this URL.");
    assertThat(result.detail()).contains("HTTP 401");
  }

  @Test
  void credentialsAccepted_soapFaultForTheEmptyRequest_works() {
    CheckResult result =
        new EwsEndpointProbe().probe(at("/EWS/Exchange.asmx"), Optional.of("Basic dTpw"));

    assertThat(result.ok()).isTrue();
    assertThat(authorization.get()).isEqualTo("Basic dTpw");
  }

  @Test
  void wrongPath_isExplainedWithTheShapeOfTheUrl() {
    CheckResult result = new EwsEndpointProbe().probe(at("/owa/"), Optional.empty());

    assertThat(result.ok()).isFalse();
    assertThat(result.summary()).isEqualTo("There is no EWS at this URL.");
    assertThat(result.fix()).contains("/EWS/Exchange.asmx");
  }

  @Test
  void nothingListening_isUnreachable_withTheHostAndPort() throws IOException {
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }

    CheckResult result =
        new EwsEndpointProbe()
            .probe(URI.create("http://127.0.0.1:" + free + "/EWS/Exchange.asmx"), Optional.empty());

    assertThat(result.ok()).isFalse();
    assertThat(result.summary()).isEqualTo("Exchange cannot be reached.");
    assertThat(result.detail()).contains("127.0.0.1:" + free);
    assertThat(result.fix()).contains("firewall");
  }

  @Test
  void refusedCredentials_sayWhatToCheck() {
    CheckResult result = EwsEndpointProbe.classify(at("/EWS/Exchange.asmx"), 401, true);

    assertThat(result.ok()).isFalse();
    assertThat(result.summary()).isEqualTo("Exchange refused the credentials.");
    assertThat(result.fix()).contains("full_access_as_app");
  }
}
