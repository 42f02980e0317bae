package org.exsync.sandbox.ews;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends hand-written SOAP with the JDK's HTTP client, for tests of the wire protocol itself. */
final class RawEws {

  static final String ENVELOPE_START =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
          + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
          + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">\n"
          + "<soap:Header><t:RequestServerVersion Version=\"Exchange2010_SP2\"/></soap:Header>\n"
          + "<soap:Body>\n";
  static final String ENVELOPE_END = "\n</soap:Body>\n</soap:Envelope>";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RawEws() {}

  static HttpResponse<String> post(URI url, String authorization, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> soap(URI url, String authorization, String operation)
      throws Exception {
    return post(url, authorization, ENVELOPE_START + operation + ENVELOPE_END);
  }
}
