package org.exsync.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exsync.sandbox.DemoTenant;

/**
 * The client-credentials request for an app-only Exchange token of the sandbox's demo Exsync
 * application, and the token in the answer. Client side and inside the server alike: DemoTenant's
 * values are constants the compiler copies here.
 */
final class DemoTokenRequest {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private DemoTokenRequest() {}

  static HttpRequest.Builder to(URI tokenEndpoint) {
    String form =
        "grant_type=client_credentials&client_id="
            + DemoTenant.CLIENT_ID
            + "&client_secret="
            + URLEncoder.encode(DemoTenant.CLIENT_SECRET, StandardCharsets.UTF_8)
            + "&scope="
            + URLEncoder.encode("https://outlook.office365.com/.default", StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(tokenEndpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  static Optional<String> accessToken(String answer) {
    Matcher token = ACCESS_TOKEN.matcher(answer);
    return token.find() ? Optional.of(token.group(1)) : Optional.empty();
  }
}
