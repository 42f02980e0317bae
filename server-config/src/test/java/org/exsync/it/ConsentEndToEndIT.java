package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A user's whole consent, as the user and the admin live it, on the real EAR with the deployed
 * sandbox: the invitation arrives at a real SMTP server, real Chromium opens its link and signs in
 * at the simulated Microsoft sign-in, and the token service's access token opens the mailbox in the
 * simulated Exchange. Then the user's sessions are revoked: the next refresh marks the grant,
 * pauses the link, mails the user and the admin; the user consents again and the link is due again
 * by itself, with nothing restarted.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class ConsentEndToEndIT extends ConsentDeployments {

  private static final SandboxWorld DEMO = WorldGenerator.demo();
  private static final String ADMIN = "exsync-admin@northwind.example";

  private SmtpServer smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new SmtpServer();
  }

  @AfterEach
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void invitedUserConsents_grantWorksInExchange_andAfterRevocationConsentsAgainWithoutRestart()
      throws Exception {
    SeedUser user = DEMO.users().get(4);
    String associate = probe.associate(user.fullName(), user.email());
    String invitation =
        probe
            .call("invite", "associateId", associate, "language", "nb", "mail", "true")
            .get("invitationId");

    MimeMessage mail = smtp.awaitMail(user.email(), "Koble postkassen din til SuperOffice");
    assertThat(SmtpServer.textPart(mail)).contains("Kari Admin", "Welcome aboard.");
    assertThat(SmtpServer.htmlPart(mail)).contains("Klikk her for å registrere deg");
    assertThat(probe.call("invitation", "id", invitation)).containsEntry("status", "SENT");

    try (Chromium browser =
        new Chromium("consent-end-to-end", List.of(SandboxTls.publicKeyHash()))) {
      consent(browser, SmtpServer.registrationLink(mail), user, true);
    }
    assertThat(probe.call("invitation", "id", invitation))
        .containsEntry("status", "ACCEPTED")
        .containsEntry("acceptedUpn", user.email());
    Map<String, String> grant = probe.call("grant", "upn", user.email());
    assertThat(grant)
        .containsEntry("status", "VALID")
        .containsEntry("tenant", DEMO.tenantId())
        .containsEntry("objectId", user.objectId());
    assertThat(probe.call("secrets-in-clear", "upn", user.email()))
        .containsEntry("inDatabase", "false")
        .containsEntry("inLog", "false");
    assertThat(calendarSize(user, accessToken(grant.get("id"))))
        .isEqualTo(DEMO.itemsOf(user).appointments().size());
    assertThat(probe.call("link", "associateId", associate, "upn", user.email()))
        .containsEntry("state", "IDLE");

    Thread.sleep(1100);
    revokeSessions(user);
    Map<String, String> refused = probe.call("token", "grantId", grant.get("id"), "renew", "true");
    assertThat(refused)
        .containsEntry("done", "false")
        .containsEntry("kind", "NEEDS_REAUTHENTICATION");
    assertThat(refused.get("reason")).startsWith("AADSTS50173");
    assertThat(probe.call("grant", "upn", user.email()))
        .containsEntry("status", "NEEDS_REAUTHENTICATION");
    assertThat(probe.call("link", "associateId", associate, "upn", user.email()))
        .containsEntry("state", "NEEDS_REAUTHENTICATION")
        .containsEntry("dueNow", "false");
    MimeMessage reauthentication = smtp.awaitMail(user.email(), "Logg inn på nytt");
    smtp.awaitMail(ADMIN, user.email() + " needs to sign in again");

    try (Chromium browser = new Chromium("consent-again", List.of(SandboxTls.publicKeyHash()))) {
      consent(browser, SmtpServer.registrationLink(reauthentication), user, false);
    }
    assertThat(probe.call("grant", "upn", user.email()))
        .containsEntry("status", "VALID")
        .containsEntry("id", grant.get("id"));
    assertThat(probe.call("link", "associateId", associate, "upn", user.email()))
        .containsEntry("state", "IDLE")
        .containsEntry("dueNow", "true");
    assertThat(calendarSize(user, accessToken(grant.get("id")))).isPositive();
    smtp.awaitMail(ADMIN, user.email() + " works again");
  }

  @Test
  void userSignedInWithAnotherAccount_seesThatTheAdminDecides() throws Exception {
    SeedUser invited = DEMO.users().get(7);
    SeedUser other = DEMO.users().get(8);
    String associate = probe.associate(invited.fullName(), invited.email());
    String invitation =
        probe
            .call("invite", "associateId", associate, "language", "en", "mail", "true")
            .get("invitationId");
    MimeMessage mail = smtp.awaitMail(invited.email(), "Connect your mailbox to SuperOffice");

    try (Chromium browser =
        new Chromium("consent-other-account", List.of(SandboxTls.publicKeyHash()))) {
      browser.open(SmtpServer.registrationLink(mail));
      browser.click(By.id("sign-in"));
      signInAtMicrosoft(browser, other, true);
      assertThat(browser.awaitText(By.id("page"))).isEqualTo("result-complete-other-address");
      assertThat(browser.awaitText(By.id("signed-in-as"))).isEqualTo(other.email());
      browser.screenshot("other-address");
    }
    assertThat(probe.call("invitation", "id", invitation))
        .containsEntry("status", "ACCEPTED")
        .containsEntry("acceptedUpn", other.email());
  }

  @Test
  void userCancelsAtMicrosoft_seesTheCancelledPage_andMayTryAgain() throws Exception {
    SeedUser user = DEMO.users().get(9);
    String associate = probe.associate(user.fullName(), user.email());
    probe.call("invite", "associateId", associate, "language", "en", "mail", "true");
    MimeMessage mail = smtp.awaitMail(user.email(), "Connect your mailbox");

    try (Chromium browser =
        new Chromium("consent-cancelled", List.of(SandboxTls.publicKeyHash()))) {
      browser.open(SmtpServer.registrationLink(mail));
      browser.click(By.id("sign-in"));
      browser.type(By.id("login"), user.email());
      browser.type(By.id("passwd"), user.password());
      browser.click(By.cssSelector("button[type=submit]"));
      browser.click(By.cssSelector("button[name=acceptConsent][value=false]"));
      assertThat(browser.awaitText(By.id("page"))).isEqualTo("result-cancelled");
      browser.screenshot("cancelled");
      browser.click(By.id("try-again"));
      browser.click(By.id("sign-in"));
      signInAtMicrosoft(browser, user, true);
      assertThat(browser.awaitText(By.id("page"))).isEqualTo("result-complete");
    }
  }

  /** Opens the mailed link, signs in at the simulated Microsoft and lands on the result page. */
  static void consent(Chromium browser, String link, SeedUser user, boolean firstTime) {
    browser.open(link);
    assertThat(browser.await(By.id("invited")).getText()).isEqualTo(user.email());
    assertThat(browser.currentUrl()).endsWith("/consent/start.xhtml");
    browser.screenshot("start");
    browser.click(By.id("sign-in"));
    signInAtMicrosoft(browser, user, firstTime);
    assertThat(browser.awaitText(By.id("page"))).isEqualTo("result-complete");
    browser.screenshot("complete");
  }

  static void signInAtMicrosoft(Chromium browser, SeedUser user, boolean asksConsent) {
    browser.type(By.id("login"), user.email());
    browser.type(By.id("passwd"), user.password());
    browser.screenshot("microsoft-sign-in");
    browser.click(By.cssSelector("button[type=submit]"));
    if (asksConsent) {
      browser.await(By.cssSelector("button[name=acceptConsent]"));
      browser.screenshot("microsoft-consent");
      browser.click(By.cssSelector("button[name=acceptConsent][value=true]"));
    }
  }

  private String accessToken(String grantId) {
    Map<String, String> token = probe.call("token", "grantId", grantId, "renew", "false");
    assertThat(token).as(token.toString()).containsEntry("done", "true");
    return token.get("token");
  }

  /** Opens the user's own calendar in the simulated Exchange with the delegated token. */
  private static int calendarSize(SeedUser user, String accessToken) throws Exception {
    try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
      service.setUrl(TargetDomain.internal("/sandbox/ews/EWS/Exchange.asmx"));
      service.getHttpHeaders().put("Authorization", "Bearer " + accessToken);
      service.getHttpHeaders().put("X-AnchorMailbox", user.email());
      service.setTimeout(20_000);
      return Folder.bind(service, WellKnownFolderName.Calendar).getTotalCount();
    }
  }

  private static void revokeSessions(SeedUser user) throws Exception {
    HttpResponse<String> revoked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            TargetDomain.internal("/sandbox/control/identity/revocations")
                                .toString()))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"upn\":\"" + user.email() + "\",\"what\":\"sessions\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
  }
}
