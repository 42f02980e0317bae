package org.exsync.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.Simulator;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {

  private final RecordingSimulator ews = new RecordingSimulator();
  private final List<SandboxWorld> seeded = new ArrayList<>();
  private final InProcessServer server =
      InProcessServer.http(new ControlApi(Map.of("ews", ews), seeded::add));
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void faultPostedAsJsonIsInjectedListedAndCleared() throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/ews/faults",
            "{\"kind\":\"http_status\",\"status\":503,\"operation\":\"GetItem\",\"times\":2}");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(ews.faults().draw("GetItem", "x"))
        .get()
        .extracting(FaultRule::status)
        .isEqualTo(503);
    assertThat(send("GET", "/ews/faults", "").body())
        .contains("\"operation\":\"GetItem\"", "\"times\":2");
    assertThat(send("DELETE", "/ews/faults", "").statusCode()).isEqualTo(204);
    assertThat(ews.faults().rules()).isEmpty();
  }

  @Test
  void badFaultIsRefusedWithWhatWasWrong() throws Exception {
    HttpResponse<String> unknownKind = send("POST", "/ews/faults", "{\"kind\":\"meteor\"}");
    HttpResponse<String> notJson = send("POST", "/ews/faults", "kind=SLOW");
    HttpResponse<String> badShare =
        send("POST", "/ews/faults", "{\"kind\":\"SLOW\",\"delayMillis\":5,\"share\":2}");

    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertThat(unknownKind.body()).contains("meteor", "HTTP_STATUS");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(badShare.body()).contains("was 2.0");
    assertThat(ews.faults().rules()).isEmpty();
  }

  @Test
  void countersAreReadAndReset() throws Exception {
    ews.counters().add("requests.GetItem", 7);

    assertThat(send("GET", "/ews/counters", "").body()).isEqualTo("{\"requests.GetItem\":7}");
    assertThat(send("DELETE", "/ews/counters", "").statusCode()).isEqualTo(204);
    assertThat(ews.counters().snapshot()).isEmpty();
  }

  @Test
  void seedGeneratesAWorldOfTheAskedSize() throws Exception {
    HttpResponse<String> response =
        send("POST", "/seed?users=3&appointments=2&tasks=1&contacts=1&seed=9", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"users\":3");
    assertThat(seeded).singleElement().satisfies(w -> assertThat(w.users()).hasSize(3));
    assertThat(send("POST", "/seed?users=lots", "").body())
        .contains("users must be a whole number, was 'lots'");
  }

  @Test
  void unknownSimulatorOrMethodIsAClearError() throws Exception {
    assertThat(send("GET", "/graph/counters", "").statusCode()).isEqualTo(404);
    assertThat(send("GET", "/graph/counters", "").body()).contains("[ews]");
    assertThat(send("PUT", "/ews/counters", "").statusCode()).isEqualTo(405);
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.baseUri().resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The smallest simulator: it keeps faults and counters and answers nothing else. */
  private static final class RecordingSimulator implements Simulator {
    private final FaultPlan faults = new FaultPlan();
    private final Counters counters = new Counters();

    @Override
    public SimHandler handler() {
      return request -> SimResponse.empty(404);
    }

    @Override
    public FaultPlan faults() {
      return faults;
    }

    @Override
    public Counters counters() {
      return counters;
    }

    @Override
    public void seed(SandboxWorld world) {}

    @Override
    public void reset() {
      faults.clear();
      counters.reset();
    }
  }
}
