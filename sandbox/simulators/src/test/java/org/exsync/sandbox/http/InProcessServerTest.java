package org.exsync.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessServerTest {

  private static final SimHandler ECHO =
      request ->
          SimResponse.of(
                  200,
                  "text/plain; charset=utf-8",
                  request.method()
                      + " "
                      + request.path()
                      + "?"
                      + request.queryParameters()
                      + " "
                      + request.header("X-SAMPLE").orElse("none")
                      + " "
                      + request.bodyText()
                      + " "
                      + request.baseUrl())
              .withHeader("X-Answer", "yes");

  @Test
  void servesTheHandlerWithRequestDetailsAndResponseHeaders() throws Exception {
    try (InProcessServer server = InProcessServer.http(ECHO)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.baseUri().resolve("/a/b?x=%C3%A6&y=2"))
                      .header("x-sample", "given")
                      .POST(HttpRequest.BodyPublishers.ofString("Ærlig body"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("x-answer")).contains("yes");
      assertThat(response.body())
          .isEqualTo("POST /a/b?{x=æ, y=2} given Ærlig body " + server.baseUri());
    }
  }

  @Test
  void droppedResponseClosesTheConnectionWithoutAStatus() {
    try (InProcessServer server = InProcessServer.http(request -> SimResponse.dropped())) {
      assertThatThrownBy(
              () ->
                  HttpClient.newHttpClient()
                      .send(
                          HttpRequest.newBuilder(server.baseUri().resolve("/")).build(),
                          HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void handlerFailureBecomesA500InsteadOfAHangingClient() throws Exception {
    SimHandler broken =
        request -> {
          throw new IllegalStateException("broken on purpose");
        };
    try (InProcessServer server = InProcessServer.http(broken)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.baseUri().resolve("/")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).contains("broken on purpose");
    }
  }

  @Test
  void httpsServesTheGeneratedCertificateThatTheClientContextTrusts() throws Exception {
    SelfSignedTls tls = SelfSignedTls.forLocalhost();
    try (InProcessServer server = InProcessServer.https(ECHO, tls)) {
      assertThat(server.baseUri().getScheme()).isEqualTo("https");
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .sslContext(tls.clientContext())
              .build()
              .send(
                  HttpRequest.newBuilder(server.baseUri().resolve("/secure")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.body()).startsWith("GET /secure");
    }
  }

  @Test
  void httpsIsRefusedByAClientThatDoesNotTrustTheCertificate() {
    SelfSignedTls tls = SelfSignedTls.forLocalhost();
    try (InProcessServer server = InProcessServer.https(ECHO, tls)) {
      URI uri = server.baseUri().resolve("/");
      assertThatThrownBy(
              () ->
                  HttpClient.newBuilder()
                      .connectTimeout(Duration.ofSeconds(5))
                      .build()
                      .send(
                          HttpRequest.newBuilder(uri).build(),
                          HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
    }
  }
}
