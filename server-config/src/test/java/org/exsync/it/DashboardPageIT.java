package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The dashboard in real headless Chromium at a laptop's 1366 px against the EAR and the deployed
 * sandbox: demo user 0 is invited, consents and is linked; after the initial sync the dashboard
 * counts the linked users by state, shows the sync's progress bar at its end and draws the items
 * synced per hour; once Exchange throttled the next sync it draws one more throttled run, lists the
 * user among the most throttled mailboxes and the throttled run among the latest runs with its
 * counts; it leads to the user's runs, as the linked users table does, and a wrong id there gets a
 * plain message.
 *
 * <p>The domains are kept from earlier runs and shared by the test classes, so the dashboard holds
 * other links' runs of the last day, and this user's earlier links with the same name: every check
 * of the user's figures goes by this link's id, and what all links add up to is compared before and
 * after. Every wait is on this link's own runs page. The throttling comes from the sandbox's fault
 * injection, not from spending Exchange's budget: every SyncFolderItems of the user's mailbox
 * answers 429 until the test saw a throttled run it did not see before, so neither how many
 * requests a run makes before it gives up nor what else spends the budget decides the outcome.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class DashboardPageIT extends ConsentDeployments {

  private static final SeedUser USER = WorldGenerator.demo().users().get(0);
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  /** The sum of a chart's bars and the width of its canvas, read in one step. */
  private static final String CHART =
      "const w = PrimeFaces.getWidgetById(arguments[0]);"
          + " const c = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
          + " if (!w || !w.chart || !c) { return null; }"
          + " return [w.chart.data.datasets[0].data.reduce((a, b) => a + b, 0), c.width];";

  private final HttpClient http = HttpClient.newHttpClient();
  private SmtpServer smtp;
  private Chromium admin;

  @BeforeEach
  void start() throws Exception {
    smtp = new SmtpServer();
    admin = new Chromium("dashboard", List.of(SandboxTls.publicKeyHash()));
    admin.resize(1366, 768);
    clearExchangeFaults();
    AdminPages.signIn(admin);
  }

  /** Leaves the user unlinked and Exchange without injected faults, as the test found them. */
  @AfterEach
  void stop() throws Exception {
    try {
      clearExchangeFaults();
      AdminPages.unlinkIfLinked(admin, USER.fullName());
    } finally {
      admin.close();
      smtp.close();
    }
  }

  @Test
  void dashboard_chartsTheLastDay_listsSlowAndThrottledMailboxes_andLeadsToTheirRuns()
      throws Exception {
    consentAndLoad();
    link();
    long linkId = openRunsFromTheUsersTable();

    awaitRun(linkId, "SUCCEEDED", 0);
    admin.open(page(""));
    assertThat(linkedByState().get("OK, waiting")).as("linked users OK and waiting").isPositive();
    assertThat(linkedByState().values().stream().mapToLong(Long::longValue).sum())
        .as("the linked users of all states")
        .isEqualTo(Long.parseLong(admin.awaitText(By.id("linked-total"))))
        .isPositive();
    assertThat(progressOf(linkId))
        .as("the initial sync's progress bar")
        .matches("Ended: [1-9][0-9]* items done, 0 remaining");
    long items = awaitChart("dashboard:items-chart");
    assertThat(items).as("items synced in the last day").isPositive();
    assertThat(admin.awaitText(By.id("items-today"))).isEqualTo(Long.toString(items));
    assertThat(admin.awaitText(By.id("dashboard:slowest_data")))
        .as("the slowest mailboxes of the last day")
        .containsPattern("[0-9.]+ s");
    long throttledBefore = awaitChart("dashboard:throttling-chart");
    int throttledRunsBefore = runsOf(linkId, "THROTTLED");

    throttleExchange();
    syncNow();
    awaitRun(linkId, "THROTTLED", throttledRunsBefore);
    clearExchangeFaults();
    admin.open(page(""));
    long throttled = awaitChart("dashboard:throttling-chart");
    assertThat(throttled).as("throttled runs in the last day").isGreaterThan(throttledBefore);
    assertThat(admin.awaitText(By.id("throttled-today"))).isEqualTo(Long.toString(throttled));
    assertThat(awaitChart("dashboard:items-chart")).isGreaterThanOrEqualTo(items);
    List<String> hot = rowOf("dashboard:throttled", linkId);
    assertThat(hot.get(0)).as("the user among the most throttled").contains(USER.fullName());
    assertThat(hot.get(0)).contains(USER.email().toLowerCase());
    assertThat(Long.parseLong(hot.get(1))).as("the user's throttled runs").isPositive();
    assertThat(hot.get(2)).as("the back-off Exchange asked for").matches("[0-9.]+ s");
    List<String> recent = rowOf("dashboard:recent-runs", linkId);
    assertThat(recent.get(2)).as("the user's latest run").startsWith("THROTTLED");
    assertThat(recent.subList(4, 7))
        .as("its changes, conflicts and errors")
        .containsExactly("0", "0", "1");
    assertThat(recent.get(7)).contains("asked Exsync to wait");
    AdminPages.checkAccessibility(admin);
    for (String table : List.of("recent-runs", "slowest", "throttled")) {
      AdminPages.assertFits(admin, "dashboard:" + table);
    }
    wholePage(); // for the README
    awaitChart("dashboard:throttling-chart");
    admin.screenshot("dashboard");
    admin.resize(1366, 768);

    admin.click(By.cssSelector("[id='dashboard:throttled'] a[href$='link=" + linkId + "']"));
    assertThat(admin.currentUrl()).endsWith("runs.xhtml?link=" + linkId);
    assertThat(admin.awaitTextContaining(By.id("runs-of"), USER.fullName()))
        .contains(USER.email().toLowerCase());
    String runs = admin.awaitTextContaining(By.id("history:run-table_data"), "THROTTLED");
    assertThat(runs).contains("SUCCEEDED", "yes, back off");
    assertThat(admin.awaitText(By.cssSelector("[id='history:run-table'] .ui-paginator-current")))
        .endsWith("runs");
    AdminPages.checkAccessibility(admin);
    AdminPages.assertFits(admin, "history:run-table");
    wholePage();
    admin.screenshot("user-runs");
    admin.resize(1366, 768);

    admin.open(page("runs.xhtml?link=not-a-number"));
    assertThat(admin.awaitText(By.id("runs-problem")))
        .contains("\"not-a-number\" is not the number of a linked user");
    admin.open(page("runs.xhtml?link=999999999"));
    assertThat(admin.awaitText(By.id("runs-problem")))
        .contains("No linked user has the number 999999999");
    assertThat(admin.pageSource()).doesNotContain("Exception", "at org.");
  }

  private void consentAndLoad() throws Exception {
    AdminPages.unlinkIfLinked(admin, USER.fullName()); // left by a run that did not finish
    admin.open(page("invitations.xhtml"));
    admin.click(By.id("invitations:refresh"));
    AdminPages.toast(admin, "Associates refreshed");
    admin.type(By.id("invitations:search"), USER.email());
    admin.awaitSearch();
    admin.awaitTextContaining(By.id("invitations:associates_data"), USER.email());
    AdminPages.selectFirstRow(admin, "invitations:associates");
    admin.type(By.id("invitations:sender"), "Exsync Admin");
    admin.click(By.id("invitations:send"));
    admin.click(By.id("confirmation:confirm-yes"));
    admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
    AdminPages.toast(admin, "invitations queued");
    MimeMessage mail = smtp.awaitMail(USER.email(), "Connect your mailbox");
    try (Chromium browser = new Chromium("dashboard-user", List.of(SandboxTls.publicKeyHash()))) {
      ConsentEndToEndIT.consent(browser, SmtpServer.registrationLink(mail), USER, true);
    }

    admin.open(page("users.xhtml"));
    admin.click(By.id("external:load-external"));
    admin.type(By.id("external:external-search"), USER.email());
    admin.awaitSearch();
    admin.awaitTextContaining(By.id("external:external-users_data"), USER.email());
  }

  private void link() throws InterruptedException {
    admin.click(
        By.xpath(
            "//tbody[@id='external:external-users_data']/tr[td[contains(., '"
                + USER.email()
                + "')]]//button[contains(., 'Link')]"));
    admin.await(By.id("link-form:link-user"));
    admin.click(By.id("link-form:link-user"));
    assertThat(AdminPages.toast(admin, "is linked to")).contains(USER.email());
    admin.awaitTextContaining(By.id("linked:linked-table_data"), USER.fullName());
  }

  /** The Runs button of the user's row leads to the user's runs page; the link's id. */
  private long openRunsFromTheUsersTable() {
    admin.click(By.cssSelector("[aria-label='Runs of " + USER.fullName() + "']"));
    assertThat(admin.awaitTextContaining(By.id("runs-of"), USER.fullName()))
        .contains(USER.email().toLowerCase());
    String url = admin.currentUrl();
    assertThat(url).containsPattern("runs\\.xhtml\\?link=[0-9]+$");
    return Long.parseLong(url.substring(url.indexOf("link=") + "link=".length()));
  }

  /**
   * Waits until the link's runs page shows more runs with that outcome than it did, asking for a
   * sync from the linked users table now and then: a throttled link waits for its back-off and the
   * rank's next tick otherwise.
   */
  private void awaitRun(long linkId, String outcome, int before) throws Exception {
    Instant until = Instant.now().plus(PATIENCE);
    Instant nudge = Instant.now().plus(Duration.ofSeconds(60));
    String seen = "";
    while (Instant.now().isBefore(until)) {
      if (runsOf(linkId, outcome) > before) {
        return;
      }
      seen = admin.awaitText(By.id("history:run-table_data"));
      if (Instant.now().isAfter(nudge)) {
        syncNow();
        nudge = Instant.now().plus(Duration.ofSeconds(60));
      }
      Thread.sleep(3_000);
    }
    throw new AssertionError(
        "No " + outcome + " run of " + USER.fullName() + " within " + PATIENCE + "; runs: " + seen);
  }

  /** How many of the link's runs on the first page of its runs have that outcome. */
  private int runsOf(long linkId, String outcome) {
    admin.open(page("runs.xhtml?link=" + linkId));
    admin.await(By.id("history:run-table"));
    Object count =
        admin.script(
            "return Array.from(document.querySelectorAll('[id=\"history:run-table_data\"] > tr'))"
                + ".filter(r => r.cells.length > 2 && r.cells[2].textContent.trim() === arguments[0])"
                + ".length;",
            outcome);
    return ((Number) count).intValue();
  }

  /** The texts of the cells of the table's first row that leads to the link's runs. */
  private List<String> rowOf(String tableId, long linkId) {
    Object cells =
        admin.script(
            "const a = document.querySelector('[id=\"' + arguments[0] + '_data\"] > tr"
                + " a[href$=\"link=' + arguments[1] + '\"]');"
                + " return a ? Array.from(a.closest('tr').cells).map(c => c.innerText.trim()) : null;",
            tableId,
            Long.toString(linkId));
    assertThat(cells).as("a row of link " + linkId + " in " + tableId).isInstanceOf(List.class);
    return ((List<?>) cells).stream().map(String::valueOf).toList();
  }

  /** The numbers of the linked users tiles, by their state's label. */
  private Map<String, Long> linkedByState() {
    Object tiles =
        admin.script(
            "return Array.from(document.querySelectorAll('[id=\"dashboard:counts\"] .tile'))"
                + ".map(t => [t.querySelector('.tile-label').textContent.trim(),"
                + " t.querySelector('.tile-number').textContent.trim()]);");
    Map<String, Long> byState = new LinkedHashMap<>();
    for (Object tile : (List<?>) tiles) {
      List<?> pair = (List<?>) tile;
      byState.put(String.valueOf(pair.get(0)), Long.parseLong(String.valueOf(pair.get(1))));
    }
    return byState;
  }

  /** Makes the window as tall as the page, so that one screenshot shows all of it. */
  private void wholePage() {
    Object heights =
        admin.script(
            "return [document.documentElement.scrollHeight, window.outerHeight - window.innerHeight];");
    List<?> figures = (List<?>) heights;
    admin.resize(
        1366,
        ((Number) figures.get(0)).intValue() + Math.max(0, ((Number) figures.get(1)).intValue()));
  }

  private void syncNow() throws InterruptedException {
    admin.open(page("users.xhtml"));
    admin.click(By.cssSelector("button[aria-label='Sync " + USER.fullName() + " now']"));
    AdminPages.toast(admin, "will sync at the next tick");
  }

  /** The sum of the chart's bars once it is drawn on a canvas that has a width. */
  private long awaitChart(String id) throws InterruptedException {
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

  /** The progress line of the link's latest sync, if its bar is there; empty otherwise. */
  private String progressOf(long linkId) {
    Object text =
        admin.script(
            "const row = document.querySelector('.progress-row[data-link=\"' + arguments[0] + '\"]');"
                + " return row && row.querySelector('.ui-progressbar')"
                + " ? row.querySelector('.progress-text').textContent : '';",
            Long.toString(linkId));
    return text == null ? "" : text.toString();
  }

  /**
   * Every read of a folder's changes in the user's mailbox answers 429 until the test removes the
   * rule: Exsync waits out its short back-offs within the call and then ends the run throttled,
   * however many requests that takes. The rule names the mailbox the user's own token acts on.
   */
  private void throttleExchange() throws Exception {
    HttpResponse<String> added =
        http.send(
            HttpRequest.newBuilder(faults())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"HTTP_STATUS\",\"status\":429,"
                            + "\"operation\":\"SyncFolderItems\",\"principal\":\""
                            + USER.email()
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
  }

  private void clearExchangeFaults() throws Exception {
    HttpResponse<Void> cleared =
        http.send(
            HttpRequest.newBuilder(faults()).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(cleared.statusCode()).isEqualTo(204);
  }

  private static URI faults() {
    return TargetDomain.internal("/sandbox/control/ews/faults");
  }

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }
}
