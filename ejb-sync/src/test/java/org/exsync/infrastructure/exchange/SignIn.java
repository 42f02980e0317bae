package org.exsync.infrastructure.exchange;

import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.ResponseMode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A user's consent as the registration page will get it: the authorize URL with PKCE, the user
 * signing in and consenting in the identity simulator's forms, and the code redeemed with MSAL4J.
 * Gives the refresh token Exsync would store for the user.
 */
final class SignIn {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");

  private SignIn() {}

  static String refreshToken(
      ConfidentialClientApplication msal,
      SSLContext tls,
      String redirectUri,
      String upn,
      String password)
      throws Exception {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String authorize =
        msal.getAuthorizationRequestUrl(
                AuthorizationRequestUrlParameters.builder(
                        redirectUri, Set.of(MsalTokens.DELEGATED_SCOPE))
                    .codeChallenge(challenge)
                    .codeChallengeMethod("S256")
                    .state("state")
                    .nonce("nonce")
                    .responseMode(ResponseMode.FORM_POST)
                    .build())
            .toString();
    HttpClient browser =
        HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    String page = get(browser, authorize);
    Map<String, String> login = hidden(page);
    login.put("login", upn);
    login.put("passwd", password);
    page = post(browser, action(page), login);
    if (page.contains("name=\"acceptConsent\"")) {
      Map<String, String> consent = hidden(page);
      consent.put("acceptConsent", "true");
      page = post(browser, action(page), consent);
    }
    String code = hidden(page).get("code");
    if (code == null) {
      throw new AssertionError("The sign-in gave no code: " + page);
    }
    msal.acquireToken(
            AuthorizationCodeParameters.builder(code, URI.create(redirectUri))
                .scopes(Set.of(MsalTokens.DELEGATED_SCOPE))
                .codeVerifier(verifier)
                .build())
        .get();
    JsonObject cache =
        Json.createReader(new StringReader(msal.tokenCache().serialize())).readObject();
    return cache
        .getJsonObject("RefreshToken")
        .values()
        .iterator()
        .next()
        .asJsonObject()
        .getString("secret");
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), body()).body();
  }

  private static String post(HttpClient http, String url, Map<String, String> fields)
      throws Exception {
    String form =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, body()).body();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static String action(String page) {
    Matcher matcher = FORM_ACTION.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("No form on the page: " + page);
    }
    return unescape(matcher.group(1));
  }

  private static Map<String, String> hidden(String page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher matcher = HIDDEN.matcher(page);
    while (matcher.find()) {
      fields.put(unescape(matcher.group(1)), unescape(matcher.group(2)));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
