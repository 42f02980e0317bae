package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * The dashboard in real headless Chromium against the EAR and the deployed sandbox: a user is
 * invited, consents and is linked; after the initial sync the dashboard shows its progress at its
 * end, draws the items synced per hour and lists the user among the slowest mailboxes; once
 * Exchange throttled the next sync it draws the throttled runs and lists the user among the most
 * throttled; it leads to the user's runs, as the linked users table does.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class DashboardPageIT extends ConsentDeployments {

  private static final SandboxWorld DEMO = WorldGenerator.demo();
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  /** The sum of a chart's bars and the width of its canvas, read in one step. */
  private static final String CHART =
      "const w = PrimeFaces.getWidgetById(arguments[0]);"
          + " const c = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
          + " if (!w || !w.chart || !c) { return null; }"
          + " return [w.chart.data.datasets[0].data.reduce((a, b) => a + b, 0), c.width];";

  private SmtpServer smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new SmtpServer();
  }

  @AfterEach
  void stopSmtp() throws Exception {
    smtp.close();
    clearExchangeFaults();
  }

  @Test
  void dashboard_chartsTheLastDay_listsSlowAndThrottledMailboxes_andLeadsToTheirRuns()
      throws Exception {
    SeedUser user = DEMO.users().get(14);
    try (Chromium admin = new Chromium("dashboard", List.of(SandboxTls.publicKeyHash()))) {
      admin.resize(1366, 1000);
      signIn(admin);
      consentAndLoad(admin, user);
      link(admin, user);

      awaitRun(admin, user, "SUCCEEDED");
      admin.open(page(""));
      String progress = progressOf(admin, user);
      assertThat(progress).contains("items done", "0 remaining");
      admin.awaitTextContaining(By.id("dashboard:slowest"), user.fullName());
      long items = awaitChart(admin, "dashboard:items-chart");
      assertThat(items).as("items synced in the last day").isPositive();
      assertThat(admin.awaitText(By.id("items-today"))).isEqualTo(Long.toString(items));

      throttleExchange(user);
      awaitRun(admin, user, "THROTTLED");
      admin.open(page(""));
      admin.awaitTextContaining(By.id("dashboard:throttled"), user.fullName());
      assertThat(awaitChart(admin, "dashboard:throttling-chart"))
          .as("throttled runs in the last day")
          .isPositive();
      assertThat(awaitChart(admin, "dashboard:items-chart")).isGreaterThanOrEqualTo(items);
      admin.screenshot("dashboard");

      admin.click(By.linkText(user.fullName()));
      assertThat(admin.awaitTextContaining(By.id("runs-of"), user.fullName()))
          .contains(user.email().toLowerCase());
      String runs = admin.awaitTextContaining(By.id("history:run-table_data"), "THROTTLED");
      assertThat(runs).contains("SUCCEEDED", "yes, back off");
      assertThat(admin.awaitText(By.cssSelector("#history\\:run-table .ui-paginator-current")))
          .endsWith("runs");
      AdminPages.checkAccessibility(admin);
      admin.screenshot("user-runs");

      admin.open(page("runs.xhtml?link=not-a-number"));
      assertThat(admin.awaitText(By.id("runs-problem")))
          .contains("\"not-a-number\" is not the number of a linked user");
      admin.open(page("runs.xhtml?link=999999999"));
      assertThat(admin.awaitText(By.id("runs-problem")))
          .contains("No linked user has the number 999999999");

      admin.open(page("users.xhtml"));
      admin.click(By.cssSelector("[aria-label='Runs of " + user.fullName() + "']"));
      assertThat(admin.awaitTextContaining(By.id("runs-of"), user.fullName())).isNotBlank();
    }
  }

  private void consentAndLoad(Chromium admin, SeedUser user) throws Exception {
    admin.open(page("users.xhtml"));
    if (!admin.all(details(user)).isEmpty()) {
      unlink(admin, user); // left linked by an earlier run on this domain
    }
    admin.open(page("invitations.xhtml"));
    admin.click(By.id("invitations:refresh"));
    AdminPages.toast(admin, "Associates refreshed");
    admin.type(By.id("invitations:search"), user.email());
    admin.awaitSearch();
    admin.awaitTextContaining(By.id("invitations:associates_data"), user.email());
    AdminPages.selectFirstRow(admin, "invitations:associates");
    admin.type(By.id("invitations:sender"), "Exsync Admin");
    admin.click(By.id("invitations:send"));
    admin.click(By.id("confirmation:confirm-yes"));
    admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
    AdminPages.toast(admin, "invitations queued");
    MimeMessage mail = smtp.awaitMail(user.email(), "Connect your mailbox");
    try (Chromium browser = new Chromium("dashboard-user", List.of(SandboxTls.publicKeyHash()))) {
      ConsentEndToEndIT.consent(browser, SmtpServer.registrationLink(mail), user, true);
    }

    admin.open(page("users.xhtml"));
    admin.click(By.id("external:load-external"));
    admin.type(By.id("external:external-search"), user.email());
    admin.awaitSearch();
    admin.awaitTextContaining(By.id("external:external-users_data"), user.email());
  }

  private static void link(Chromium admin, SeedUser user) throws InterruptedException {
    admin.click(
        By.xpath(
            "//tbody[@id='external:external-users_data']/tr[td[contains(., '"
                + user.email()
                + "')]]//button[contains(., 'Link')]"));
    admin.await(By.id("link-form:link-user"));
    admin.click(By.id("link-form:link-user"));
    assertThat(AdminPages.toast(admin, "is linked to")).contains(user.email());
    admin.awaitTextContaining(By.id("linked:linked-table_data"), user.fullName());
  }

  /**
   * Waits until the dashboard's latest runs show one of the user's with that outcome, asking for a
   * sync from the linked users table now and then: a throttled link waits for its back-off and the
   * rank's next tick otherwise.
   */
  private static void awaitRun(Chromium admin, SeedUser user, String outcome) throws Exception {
    Instant until = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(until)) {
      admin.open(page(""));
      for (int i = 0; i < 8; i++) {
        Object found =
            admin.script(
                "return Array.from(document.querySelectorAll('[id=\"dashboard:runs\"] tbody tr'))"
                    + ".some(r => r.textContent.includes(arguments[0])"
                    + " && r.textContent.includes(arguments[1]));",
                user.fullName(),
                outcome);
        if (Boolean.TRUE.equals(found)) {
          return;
        }
        Thread.sleep(2_000);
      }
      syncNow(admin, user);
    }
    throw new AssertionError("No " + outcome + " run of " + user.fullName() + " on the dashboard");
  }

  private static void syncNow(Chromium admin, SeedUser user) throws InterruptedException {
    admin.open(page("users.xhtml"));
    admin.click(By.cssSelector("button[aria-label='Sync " + user.fullName() + " now']"));
    AdminPages.toast(admin, "will sync at the next tick");
  }

  /** The sum of the chart's bars once it is drawn on a canvas that has a width. */
  private static long awaitChart(Chromium admin, String id) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    Object read = null;
    while (Instant.now().isBefore(until)) {
      read = admin.script(CHART, id);
      if (read instanceof List<?> figures && ((Number) figures.get(1)).longValue() > 0) {
        return ((Number) figures.get(0)).longValue();
      }
      Thread.sleep(300);
    }
    throw new AssertionError("The chart " + id + " was not drawn: " + read);
  }

  /** The progress line of the user's latest sync and whether its bar is there. */
  private static String progressOf(Chromium admin, SeedUser user) {
    Object text =
        admin.script(
            "const row = Array.from(document.querySelectorAll('.progress-row'))"
                + ".find(r => r.textContent.includes(arguments[0]));"
                + " return row && row.querySelector('.ui-progressbar')"
                + " ? row.querySelector('.progress-text').textContent : '';",
            user.fullName());
    return text == null ? "" : text.toString();
  }

  private static void signIn(Chromium admin) {
    admin.open(page(""));
    admin.await(By.id("j_username"));
    admin.type(By.id("j_username"), "admin");
    admin.type(By.id("j_password"), TargetDomain.adminPassword());
    admin.click(By.id("sign-in"));
    admin.awaitTextContaining(By.id("signed-in-as"), "admin");
  }

  private static By details(SeedUser user) {
    return By.cssSelector("button[aria-label='Details of " + user.fullName() + "']");
  }

  private static void unlink(Chromium admin, SeedUser user) throws InterruptedException {
    admin.click(details(user));
    admin.click(By.id("edit-form:unlink"));
    admin.click(By.id("confirmation:confirm-yes"));
    admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
    AdminPages.toast(admin, "is unlinked");
    admin.awaitAjax();
  }

  /**
   * The user's next four reads of a folder's changes in Exchange answer 429, which is throttling:
   * Exsync waits out three short back-offs within the call, and the fourth ends the run throttled.
   */
  private static void throttleExchange(SeedUser user) throws Exception {
    HttpResponse<String> added =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(faults())
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"kind\":\"HTTP_STATUS\",\"status\":429,\"times\":4,"
                                + "\"operation\":\"SyncFolderItems\",\"principal\":\""
                                + user.email()
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).as(added.body()).isBetween(200, 204);
  }

  private static void clearExchangeFaults() throws Exception {
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(faults()).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private static URI faults() {
    return TargetDomain.internal("/sandbox/control/ews/faults");
  }

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }
}
