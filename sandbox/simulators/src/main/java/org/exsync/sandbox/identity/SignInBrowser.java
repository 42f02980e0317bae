package org.exsync.sandbox.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A scripted user's browser for the simulated sign-in pages, for tests of clients: opens the
 * authorize URL, fills in the sign-in and consent forms it finds in the pages and reports where the
 * last answer sends the user. Redirects are not followed, so a test sees the 302 to the client's
 * redirect URI, or the form_post page.
 */
public final class SignInBrowser {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");

  private final HttpClient http;

  public SignInBrowser(SSLContext tls) {
    http =
        HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A page or redirect the browser received. */
  public record Page(int status, String body, String location) {

    public String formAction() {
      Matcher matcher = FORM_ACTION.matcher(body);
      if (!matcher.find()) {
        throw new IllegalStateException("No form on the page: " + body);
      }
      return unescape(matcher.group(1));
    }

    public Map<String, String> hiddenFields() {
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher matcher = HIDDEN.matcher(body);
      while (matcher.find()) {
        fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
      }
      return fields;
    }

    public boolean isConsentPage() {
      return body.contains("name=\"acceptConsent\"");
    }
  }

  public Page open(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  public Page signIn(Page signInPage, String upn, String password) {
    Map<String, String> fields = new LinkedHashMap<>(signInPage.hiddenFields());
    fields.put("login", upn);
    fields.put("passwd", password);
    return post(signInPage.formAction(), fields);
  }

  public Page consent(Page consentPage, boolean accept) {
    Map<String, String> fields = new LinkedHashMap<>(consentPage.hiddenFields());
    fields.put("acceptConsent", Boolean.toString(accept));
    return post(consentPage.formAction(), fields);
  }

  /** Signs in and accepts the consent page if one is shown: the page that leaves the provider. */
  public Page signInAndConsent(String authorizeUrl, String upn, String password) {
    Page afterSignIn = signIn(open(authorizeUrl), upn, password);
    return afterSignIn.isConsentPage() ? consent(afterSignIn, true) : afterSignIn;
  }

  public Page post(String url, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private Page send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Page(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
