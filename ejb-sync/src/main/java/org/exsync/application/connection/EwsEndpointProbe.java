package org.exsync.application.connection;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Asks an EWS URL whether it is Exchange Web Services: an empty SOAP post that a real EWS answers
 * with 401 without credentials, and with a SOAP fault (500) or an answer when the credentials are
 * accepted. What else comes back says what is wrong with the URL, in words.
 */
final class EwsEndpointProbe {

  private static final String EMPTY_ENVELOPE =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope"
          + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>";

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * @param ews the EWS URL
   * @param authorization the Authorization header to send, or empty to ask without credentials
   */
  CheckResult probe(URI ews, Optional<String> authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ews)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(EMPTY_ENVELOPE));
    authorization.ifPresent(value -> request.header("Authorization", value));
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return classify(ews, answer.statusCode(), authorization.isPresent());
    } catch (UnknownHostException e) {
      return unreachable(ews, "the host name " + ews.getHost() + " is not known (DNS)");
    } catch (HttpConnectTimeoutException | ConnectException e) {
      return unreachable(ews, "nothing answers at " + ews.getHost() + ":" + port(ews));
    } catch (HttpTimeoutException e) {
      return unreachable(ews, "the server accepted the connection but did not answer in 20 s");
    } catch (SSLException e) {
      return CheckResult.failed(
          "The TLS handshake with " + ews.getHost() + " failed.",
          String.valueOf(e.getMessage()),
          "Use the server's correct https name, or add its certificate to Payara's trust store.");
    } catch (IOException e) {
      return unreachable(ews, String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unreachable(ews, "the test was interrupted");
    }
  }

  static CheckResult classify(URI ews, int status, boolean withCredentials) {
    String detail = "EWS at " + ews + " answered HTTP " + status + ".";
    if (status == 401) {
      return withCredentials
          ? CheckResult.failed(
              "Exchange refused the credentials.",
              detail,
              "Check the account and its password, or for app-only that the admin consent"
                  + " (full_access_as_app) was granted and EWS is enabled for the tenant.")
          : CheckResult.passed(
              "Exchange Web Services answer at this URL.",
              detail + " It asks for sign-in, as it should; each user's consent signs in.");
    }
    if (status == 404) {
      return CheckResult.failed(
          "There is no EWS at this URL.",
          detail,
          "The URL ends in /EWS/Exchange.asmx, such as"
              + " https://outlook.office365.com/EWS/Exchange.asmx; EWS may also be disabled"
              + " on the server or for the tenant.");
    }
    if (status == 403) {
      return CheckResult.failed(
          "Exchange refuses this account access to EWS.",
          detail,
          "Grant the account EWS access (and ApplicationImpersonation for impersonation), or"
              + " enable EWS for the tenant.");
    }
    if (status >= 300 && status < 400) {
      return CheckResult.failed(
          "The URL redirects elsewhere.",
          detail,
          "Use the final https URL of EWS, usually https://<mail host>/EWS/Exchange.asmx.");
    }
    if (status == 200 || status == 500) {
      return CheckResult.passed(
          "Exchange Web Services answer at this URL and accept the credentials.", detail);
    }
    if (status == 503) {
      return CheckResult.failed("Exchange is busy or down.", detail, "Try again in a few minutes.");
    }
    return CheckResult.failed(
        "The URL does not answer like Exchange Web Services.",
        detail,
        "Check the URL; it ends in /EWS/Exchange.asmx.");
  }

  private static CheckResult unreachable(URI ews, String why) {
    return CheckResult.failed(
        "Exchange cannot be reached.",
        "Calling " + ews + ": " + why + ".",
        "Check the host name and port in the URL, that the server is running, and that a"
            + " firewall lets this server reach it.");
  }

  private static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
