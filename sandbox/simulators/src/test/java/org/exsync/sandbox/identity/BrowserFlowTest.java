package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.http.SimRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The authorize endpoint and its pages as a browser meets them, without a client library. */
class BrowserFlowTest {

  private final SandboxTenant tenant = new SandboxTenant();
  private final SeedUser user = tenant.user();
  private final SignInBrowser browser = tenant.browser();
  private final Pkce pkce = Pkce.s256();

  @AfterEach
  void close() {
    tenant.close();
  }

  private String authorizeUrl(String redirectUri, String responseMode, String scope) {
    return tenant.authority()
        + "oauth2/v2.0/authorize?client_id="
        + SandboxTenant.CLIENT_ID
        + "&response_type=code&redirect_uri="
        + enc(redirectUri)
        + "&scope="
        + enc(scope)
        + "&state=s-42&nonce=n-42&response_mode="
        + responseMode
        + "&code_challenge="
        + pkce.challenge()
        + "&code_challenge_method=S256";
  }

  private String authorizeUrl(String responseMode) {
    return authorizeUrl(
        SandboxTenant.REDIRECT_URI,
        responseMode,
        "openid offline_access " + SandboxTenant.EWS_SCOPE);
  }

  @Test
  void queryResponseMode_redirectsWithCodeAndState() {
    SignInBrowser.Page answer =
        browser.signInAndConsent(authorizeUrl("query"), user.email(), user.password());

    assertThat(answer.status()).isEqualTo(302);
    URI location = URI.create(answer.location());
    assertThat(location.getScheme() + "://" + location.getHost() + location.getPath())
        .isEqualTo(SandboxTenant.REDIRECT_URI);
    Map<String, String> query = SimRequest.decodeForm(location.getRawQuery());
    assertThat(query).containsEntry("state", "s-42").containsKey("code");
  }

  @Test
  void queryCode_redeemsWithPlainHttpAndVerifier() {
    SignInBrowser.Page answer =
        browser.signInAndConsent(authorizeUrl("query"), user.email(), user.password());
    String code = SimRequest.decodeForm(URI.create(answer.location()).getRawQuery()).get("code");

    var body =
        DirectCalls.json(
            new DirectCalls(tenant.simulator)
                .post(
                    "/" + tenant.simulator.tenantId() + "/oauth2/v2.0/token",
                    Map.of(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        SandboxTenant.CLIENT_ID,
                        "client_secret",
                        SandboxTenant.SECRET,
                        "code",
                        code,
                        "redirect_uri",
                        SandboxTenant.REDIRECT_URI,
                        "code_verifier",
                        pkce.verifier(),
                        "client_info",
                        "1")));

    assertThat(body.keySet())
        .contains("access_token", "refresh_token", "id_token", "client_info", "scope");
    assertThat(body.getString("scope")).isEqualTo(SandboxTenant.EWS_SCOPE);
  }

  @Test
  void wrongPassword_showsTheSignInPageAgainWithAMessage() {
    SignInBrowser.Page signIn = browser.open(authorizeUrl("form_post"));

    SignInBrowser.Page again = browser.signIn(signIn, user.email(), "wrong");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body())
        .contains("Your account or password is incorrect")
        .contains("name=\"passwd\"");
    assertThat(browser.signIn(again, user.email(), user.password()).isConsentPage()).isTrue();
  }

  @Test
  void consentPage_listsTheRequestedPermissions() {
    SignInBrowser.Page consent =
        browser.signIn(browser.open(authorizeUrl("form_post")), user.email(), user.password());

    assertThat(consent.body())
        .contains("Exsync")
        .contains("Access mailboxes as the signed-in user via Exchange Web Services")
        .contains("Maintain access to data you have given it access to");
  }

  @Test
  void cancelOnConsent_answersAccessDenied65004ToTheClient() {
    SignInBrowser.Page consent =
        browser.signIn(browser.open(authorizeUrl("form_post")), user.email(), user.password());

    SignInBrowser.Page answer = browser.consent(consent, false);

    assertThat(answer.formAction()).isEqualTo(SandboxTenant.REDIRECT_URI);
    assertThat(answer.hiddenFields())
        .containsEntry("error", "access_denied")
        .containsEntry("state", "s-42");
    assertThat(answer.hiddenFields().get("error_description"))
        .startsWith("AADSTS65004: User declined to consent to access the app.");
  }

  @Test
  void unregisteredRedirectUri_showsAnErrorPageAndNeverRedirects() {
    SignInBrowser.Page page =
        browser.open(authorizeUrl("https://evil.example/cb", "query", SandboxTenant.EWS_SCOPE));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.location()).isNull();
    assertThat(page.body()).contains("AADSTS50011").doesNotContain("<form");
  }

  @Test
  void scopeOfAnotherResource_redirectsWithInvalidScope() {
    SignInBrowser.Page answer =
        browser.open(
            authorizeUrl(
                SandboxTenant.REDIRECT_URI, "query", "https://graph.microsoft.com/Mail.Read"));

    Map<String, String> query = SimRequest.decodeForm(URI.create(answer.location()).getRawQuery());
    assertThat(query).containsEntry("error", "invalid_scope").containsEntry("state", "s-42");
  }

  @Test
  void signInFormPostedTwice_isRefused() {
    SignInBrowser.Page signIn = browser.open(authorizeUrl("query"));
    SignInBrowser.Page consent = browser.signIn(signIn, user.email(), user.password());
    browser.consent(consent, true);

    SignInBrowser.Page replay = browser.consent(consent, true);

    assertThat(replay.location()).isNull();
    assertThat(replay.body()).contains("AADSTS50058");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
