package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The admin's whole workflow in the console, in real headless Chromium against the EAR and the
 * deployed sandbox: sign in, test the SuperOffice connection, refresh the associates, invite a user
 * and read the mail from a real SMTP server, let the user consent through the registration pages,
 * load the external users, link the user with Diary and Task, and watch the linked table change by
 * itself when the user's grant breaks and after the re-authentication. Bad input is shown beside
 * its field. Every page is saved as a screenshot and checked for labels, focus and contrast.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class AdminConsoleEndToEndIT extends ConsentDeployments {

  private static final SandboxWorld DEMO = WorldGenerator.demo();

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
  void adminInvitesLinksAndWatchesAUser_fromTheBrowserAlone() throws Exception {
    SeedUser user = DEMO.users().get(12);
    String rank = "Console " + TestData.unique();
    try (Chromium admin = new Chromium("admin-console", List.of(SandboxTls.publicKeyHash()))) {
      admin.resize(1366, 1000);
      signIn(admin);
      AdminPages.checkAccessibility(admin);
      admin.screenshot("dashboard");

      admin.open(page("connections.xhtml"));
      admin.click(By.id("crm-form:test-crm"));
      assertThat(admin.awaitTextContaining(By.id("crm-form:crm-result"), "Works"))
          .contains("Connected to SuperOffice", "users (associates)");
      admin.click(By.id("exchange-form:test-exchange"));
      assertThat(admin.awaitTextContaining(By.id("exchange-form:exchange-result"), "Works"))
          .contains("Exchange Web Services answer at this URL");
      admin.type(By.id("exchange-form:ews-url"), "exchange.example.com/EWS/Exchange.asmx");
      admin.click(By.id("exchange-form:save-exchange"));
      assertThat(
              admin.awaitTextContaining(
                  By.cssSelector("#exchange-form .ui-message-error"), "is not a web address"))
          .contains("must start with https://");
      AdminPages.checkAccessibility(admin);
      admin.screenshot("connections-with-a-bad-url");

      admin.open(page("connections.xhtml"));
      admin.click(By.cssSelector("label[for='booking-form:booking-edits:1']"));
      admin.click(By.id("booking-form:save-booking"));
      assertThat(AdminPages.toast(admin, "Meeting rule saved"))
          .contains("synced from the next run");
      admin.open(page("connections.xhtml"));
      assertThat(
              admin.script(
                  "return document.getElementById(arguments[0]).checked;",
                  "booking-form:booking-edits:1"))
          .as("the accepted rule, read back from the server")
          .isEqualTo(true);
      admin.click(By.cssSelector("label[for='booking-form:booking-edits:0']"));
      admin.click(By.id("booking-form:save-booking"));
      assertThat(AdminPages.toast(admin, "Meeting rule saved"))
          .contains("undone from the next run");

      admin.open(page("ranks.xhtml"));
      admin.click(By.id("ranks:new-rank"));
      admin.type(By.id("ranks:name"), rank);
      admin.type(By.id("ranks:interval_input"), "5");
      admin.click(By.id("ranks:save-rank"));
      admin.awaitTextContaining(By.id("ranks:rank-table"), rank);
      admin.screenshot("ranks");

      admin.open(page("invitations.xhtml"));
      admin.click(By.id("invitations:refresh"));
      assertThat(AdminPages.toast(admin, "Associates refreshed")).contains("added");
      assertThat(AdminPages.toasts(admin)).contains("cannot be used");
      admin.type(By.id("invitations:search"), user.email());
      admin.awaitSearch();
      admin.awaitTextContaining(By.id("invitations:associates_data"), user.email());
      AdminPages.selectFirstRow(admin, "invitations:associates");
      admin.type(By.id("invitations:sender"), "Kari Admin");
      admin.click(By.id("invitations:preview"));
      assertThat(admin.awaitTextContaining(By.id("preview-subject"), "Connect your mailbox"))
          .isNotBlank();
      assertThat(admin.awaitText(By.id("preview-text"))).contains("Kari Admin");
      admin.screenshot("invitation-preview");
      admin.script("PF('preview').hide()");
      admin.click(By.id("invitations:send"));
      admin.click(By.id("confirmation:confirm-yes"));
      admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
      assertThat(AdminPages.toast(admin, "invitations queued")).startsWith("1 ");
      AdminPages.checkAccessibility(admin);
      admin.screenshot("invitations");

      MimeMessage mail = smtp.awaitMail(user.email(), "Connect your mailbox");
      assertThat(SmtpServer.textPart(mail)).contains("Kari Admin");
      try (Chromium browser =
          new Chromium("admin-console-user", List.of(SandboxTls.publicKeyHash()))) {
        ConsentEndToEndIT.consent(browser, SmtpServer.registrationLink(mail), user, true);
      }
      admin.open(page("invitations.xhtml"));
      admin.type(By.id("invitations:search"), user.email());
      admin.awaitSearch();
      admin.awaitTextContaining(
          By.xpath(
              "//tbody[@id='invitations:associates_data']/tr[td[contains(., '"
                  + user.email()
                  + "')]]"),
          "Accepted");

      admin.open(page("users.xhtml"));
      if (!admin.all(details(user)).isEmpty()) {
        unlink(admin, user); // left linked by an earlier run on this domain
      }
      admin.click(By.id("external:load-external"));
      admin.type(By.id("external:external-search"), user.email());
      admin.awaitSearch();
      admin.awaitTextContaining(By.id("external:external-users_data"), user.email());
      admin.click(
          By.xpath(
              "//tbody[@id='external:external-users_data']/tr[td[contains(., '"
                  + user.email()
                  + "')]]//button[contains(., 'Link')]"));
      admin.await(By.id("link-form:link-user"));
      AdminPages.chooseByLabel(admin, "link-form:rank", rank);
      admin.screenshot("link-form");
      admin.click(By.id("link-form:link-user"));
      assertThat(AdminPages.toast(admin, "is linked to")).contains(user.email());
      String row = admin.awaitTextContaining(By.id("linked:linked-table_data"), user.fullName());
      assertThat(row).contains("Diary, Task", rank);
      admin.click(By.cssSelector("button[aria-label='Sync " + user.fullName() + " now']"));
      assertThat(AdminPages.toast(admin, "will sync at the next tick")).startsWith("1 of 1");
      AdminPages.checkAccessibility(admin);
      admin.screenshot("linked-user");

      Map<String, String> grant = probe.call("grant", "upn", user.email());
      revokeSessions(user);
      assertThat(probe.call("token", "grantId", grant.get("id"), "renew", "true"))
          .containsEntry("kind", "NEEDS_REAUTHENTICATION");
      By badge =
          By.xpath(
              "//tbody[@id='linked:linked-table_data']/tr[td[contains(., '"
                  + user.fullName()
                  + "')]]//span[contains(@class,'badge')]");
      admin.awaitTextContaining(badge, "Needs re-authentication");
      assertThat(admin.awaitAttribute(badge, "title")).startsWith("AADSTS50173");
      admin.click(By.xpath("//div[@id='linked:filter']//div[contains(., 'With errors')]"));
      admin.awaitTextContaining(By.id("linked:linked-table_data"), user.fullName());
      admin.screenshot("linked-user-with-an-error");

      admin.click(
          By.cssSelector(
              "button[aria-label='Send " + user.fullName() + " a re-authentication mail']"));
      admin.click(By.id("confirmation:confirm-yes"));
      admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
      assertThat(AdminPages.toast(admin, "re-authentication mails queued")).startsWith("1 ");
      // The broken grant mailed the user by itself already; the admin's invitation replaced it.
      MimeMessage again = smtp.awaitNewest(user.email(), "sign in again", 2);
      try (Chromium browser =
          new Chromium("admin-console-user-again", List.of(SandboxTls.publicKeyHash()))) {
        ConsentEndToEndIT.consent(browser, SmtpServer.registrationLink(again), user, false);
      }
      admin.click(By.xpath("//div[@id='linked:filter']//div[contains(., 'All')]"));
      admin.awaitTextContaining(badge, "OK, waiting");
      admin.screenshot("linked-user-recovered");
      unlink(admin, user);
      assertThat(admin.all(details(user))).isEmpty();

      admin.open(page("notifications.xhtml"));
      admin.type(By.id("notifications:recipients"), "it@northwind.example, not-an-address");
      admin.click(By.id("notifications:save"));
      assertThat(
              admin.awaitTextContaining(
                  By.cssSelector("#notifications .ui-message-error"), "not-an-address"))
          .contains("is not an e-mail address");
      AdminPages.checkAccessibility(admin);
      admin.screenshot("notifications-with-a-bad-address");
      admin.type(By.id("notifications:test-address"), "it@northwind.example");
      admin.click(By.id("notifications:test-mail"));
      assertThat(AdminPages.toast(admin, "Test mail sent")).contains("it@northwind.example");
      smtp.awaitMail("it@northwind.example", "Exsync test mail");
      admin.screenshot("notifications-test-mail");
    }
  }

  private static void signIn(Chromium admin) {
    admin.open(page(""));
    admin.await(By.id("j_username"));
    admin.screenshot("sign-in");
    admin.type(By.id("j_username"), "admin");
    admin.type(By.id("j_password"), TargetDomain.adminPassword());
    admin.click(By.id("sign-in"));
    assertThat(admin.awaitTextContaining(By.id("signed-in-as"), "admin")).contains("Signed in as");
    admin.await(By.id("schema-version"));
    admin.press(Keys.TAB);
    assertThat(admin.script("return document.activeElement.textContent"))
        .as("the first Tab reaches the skip link")
        .isEqualTo("Skip to content");
    admin.script("document.activeElement.blur()");
  }

  private static By details(SeedUser user) {
    return By.cssSelector("button[aria-label='Details of " + user.fullName() + "']");
  }

  /** Opens the user's details and unlinks, keeping the synced items. */
  private static void unlink(Chromium admin, SeedUser user) throws InterruptedException {
    admin.click(details(user));
    admin.click(By.id("edit-form:unlink"));
    admin.click(By.id("confirmation:confirm-yes"));
    admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
    assertThat(AdminPages.toast(admin, "is unlinked")).startsWith(user.fullName());
    admin.awaitAjax();
  }

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }

  private static void revokeSessions(SeedUser user) throws Exception {
    HttpResponse<String> revoked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        TargetDomain.internal("/sandbox/control/identity/revocations"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"upn\":\"" + user.email() + "\",\"what\":\"sessions\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
  }
}
