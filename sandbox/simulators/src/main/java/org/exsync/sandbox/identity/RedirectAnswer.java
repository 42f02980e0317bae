package org.exsync.sandbox.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.sandbox.http.SimResponse;

/**
 * Sends the outcome of an authorization request to the client's redirect URI in the response mode
 * it asked for: a 302 with the parameters in the query or the fragment, or the self-submitting form
 * of {@code form_post}.
 */
final class RedirectAnswer {

  private RedirectAnswer() {}

  static SimResponse success(
      AuthorizationRequest request, Map<String, String> result, Trace trace) {
    return send(
        request.redirectUri(), request.responseMode(), with(result, request.echoed()), trace);
  }

  static SimResponse error(AuthorizationRequest request, AadError error, Trace trace) {
    return error(request.redirectUri(), request.responseMode(), request.echoed(), error, trace);
  }

  static SimResponse error(
      String redirectUri,
      String responseMode,
      Map<String, String> echoed,
      AadError error,
      Trace trace) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("error", error.error());
    fields.put("error_description", error.description(trace));
    fields.put("error_uri", "https://login.microsoftonline.com/error?code=" + error.code());
    return send(redirectUri, responseMode, with(fields, echoed), trace);
  }

  private static SimResponse send(
      String redirectUri, String responseMode, Map<String, String> fields, Trace trace) {
    if ("form_post".equals(responseMode)) {
      return Answers.html(200, Pages.formPost(redirectUri, fields), trace);
    }
    String encoded =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String location =
        "fragment".equals(responseMode)
            ? redirectUri + "#" + encoded
            : redirectUri + (redirectUri.contains("?") ? "&" : "?") + encoded;
    return Answers.stamped(SimResponse.empty(302), trace).withHeader("Location", location);
  }

  private static Map<String, String> with(Map<String, String> first, Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(first);
    all.putAll(more);
    return all;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
