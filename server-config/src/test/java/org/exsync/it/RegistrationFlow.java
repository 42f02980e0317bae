package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.identity.SignInBrowser;

/**
 * The registration pages driven over plain HTTP from one loopback address, step by step, so that a
 * security test can change one step: open a link, type a code, start the sign-in, answer the
 * callback.
 */
final class RegistrationFlow {

  final LoopbackClient client;

  RegistrationFlow(String sourceAddress) {
    client = new LoopbackClient(sourceAddress);
  }

  static URI page(String path) {
    return TargetDomain.publicListener("/consent/" + path);
  }

  /** Opens a mailed link; the page the browser ends on. */
  LoopbackClient.Response openLink(String link) {
    return follow(client.get(URI.create(link)));
  }

  /** Types the address and the code on the code page; the answer to the form. */
  LoopbackClient.Response typeCode(String email, String code) {
    LoopbackClient.Response form = client.get(page("code.xhtml"));
    Map<String, String> fields = new LinkedHashMap<>(form.hiddenFields());
    fields.put("email", email);
    fields.put("code", code);
    fields.put("continue", "Continue");
    return client.post(page("code.xhtml"), fields);
  }

  /** Follows "Sign in with Microsoft 365"; the authorize URL at the simulated Microsoft. */
  String startSignIn() {
    LoopbackClient.Response start = client.get(page("start.xhtml"));
    assertThat(start.status()).as(start.body()).isEqualTo(200);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("id=\"sign-in\"[^>]*href=\"([^\"]+)\"")
            .matcher(start.body());
    assertThat(link.find()).as(start.body()).isTrue();
    LoopbackClient.Response redirect =
        client.get(TargetDomain.publicListener("/").resolve(link.group(1).replace("&amp;", "&")));
    assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
    return redirect.header("location");
  }

  /** The user signs in and consents at the simulated Microsoft; the fields it posts back. */
  static Map<String, String> signInAtMicrosoft(String authorizeUrl, SeedUser user) {
    SignInBrowser.Page answer =
        new SignInBrowser(SandboxTls.trustingIt())
            .signInAndConsent(authorizeUrl, user.email(), user.password());
    assertThat(answer.formAction()).endsWith("/consent/callback");
    return answer.hiddenFields();
  }

  /** Posts Microsoft's answer to the callback as the browser would; the result page's id. */
  String answerCallback(Map<String, String> fields) {
    LoopbackClient.Response page = follow(client.post(page("callback"), fields));
    return pageId(page);
  }

  static String pageId(LoopbackClient.Response page) {
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("id=\"page\" class=\"hidden\">([a-z-]+)<")
            .matcher(page.body());
    return id.find() ? id.group(1) : "no result page: " + page.status() + " " + page.body();
  }

  /** Follows redirects on the registration pages (relative or absolute), at most five. */
  LoopbackClient.Response follow(LoopbackClient.Response response) {
    LoopbackClient.Response current = response;
    for (int hops = 0; hops < 5 && current.status() / 100 == 3; hops++) {
      URI next = TargetDomain.publicListener("/").resolve(current.header("location"));
      current = client.get(next);
    }
    return current;
  }
}
