package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The conflicts page in real headless Chromium: a real conflict of a demo user's appointment (made
 * against the sandbox through {@link ConflictsProbe}) is found by its user, opened with both
 * versions side by side and the differing subject marked, and overridden with SuperOffice's
 * version, which the next run writes to the mailbox.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class ConflictsPageIT {

  /**
   * The probe's answers come after whole sync runs (three to make a conflict), each of which may
   * wait for a SuperOffice back-off; the probe itself gives up on a run after its own patience.
   */
  private static final Duration PROBE_PATIENCE = Duration.ofMinutes(15);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    return Deployments.sandbox();
  }

  @Deployment(name = "exsync", order = 2, testable = false)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWithProbe(
        ConflictsProbe.class,
        ConflictScenario.class,
        ConflictScenario.User.class,
        ConflictScenario.Made.class,
        TestData.class);
  }

  @AfterEach
  void restoreExchangeSettings() throws Exception {
    probe("restore", user());
  }

  @Test
  void adminOpensAConflict_seesBothVersions_andTakesSuperOffices() throws Exception {
    Map<String, String> made = probe("conflict", user());
    String crmSubject = made.get("crmSubject");
    String exchangeSubject = made.get("exchangeSubject");
    try (Chromium admin = new Chromium("conflicts-page", List.of(SandboxTls.publicKeyHash()))) {
      admin.resize(1366, 1000);
      signIn(admin);
      admin.open(page("conflicts.xhtml"));
      admin.awaitTextContaining(By.cssSelector(".sidebar a.active"), "Conflicts");
      AdminPages.chooseByLabel(admin, "conflicts:user-filter", name());
      admin.awaitAjax();
      By row =
          By.xpath(
              "//tbody[@id='conflicts:conflict-table_data']/tr[td[normalize-space(.)='"
                  + crmSubject
                  + "']]");
      assertThat(admin.awaitTextContaining(row, "Exchange kept")).contains("Not overridden");
      admin.click(
          By.xpath(
              "//tbody[@id='conflicts:conflict-table_data']/tr[td[normalize-space(.)='"
                  + crmSubject
                  + "']]//button[contains(@id, ':open')]"));
      admin.awaitTextContaining(By.id("detail-title"), crmSubject);
      String differing = admin.awaitText(By.cssSelector("#versions tr.differs"));
      assertThat(differing).contains("Subject", crmSubject, exchangeSubject);
      assertThat(admin.all(By.cssSelector("#versions tbody tr:not(.differs)")))
          .as("the fields both versions agree on are not highlighted")
          .isNotEmpty();
      assertThat(admin.await(By.id("conflict:take-exchange")).isEnabled())
          .as("Exchange's version was kept; it cannot be taken again")
          .isFalse();
      AdminPages.checkAccessibility(admin);
      admin.screenshot("conflict");

      admin.click(By.id("conflict:take-crm"));
      assertThat(admin.awaitText(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")))
          .contains(
              "Write SuperOffice's version of '" + crmSubject + "'",
              "to both SuperOffice and Exchange");
      admin.click(By.id("confirmation:confirm-yes"));
      admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
      assertThat(AdminPages.toast(admin, "Taking SuperOffice's version")).contains("starts now");

      Map<String, String> settled =
          probe("settled", with(user(), "conflictId", made.get("conflictId")));
      assertThat(settled.get("state")).as(settled.get("note")).isEqualTo("APPLIED");
      assertThat(admin.awaitTextContaining(By.id("detail-override"), "Took SuperOffice"))
          .contains("SuperOffice's version was written to");
      Map<String, String> subjects =
          probe(
              "subjects",
              with(user(), "crmId", made.get("crmId"), "exchangeId", made.get("exchangeId")));
      assertThat(subjects.get("exchange")).isEqualTo(crmSubject);
      assertThat(subjects.get("crm")).isEqualTo(crmSubject);
      AdminPages.checkAccessibility(admin);
      admin.screenshot("conflict-overridden");
    }
  }

  /** Calls {@link ConflictsProbe} and answers its lines as names and values. */
  private Map<String, String> probe(String operation, String... namesAndValues) throws Exception {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.append(form.isEmpty() ? "" : "&")
          .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(TargetDomain.internal("/exsync-probe/probe/" + operation))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .timeout(PROBE_PATIENCE)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, String> answer = new LinkedHashMap<>();
    response
        .body()
        .lines()
        .filter(line -> line.contains("="))
        .forEach(
            line ->
                answer.put(
                    line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    return answer;
  }

  private static void signIn(Chromium admin) {
    admin.open(page(""));
    admin.await(By.id("j_username"));
    admin.type(By.id("j_username"), "admin");
    admin.type(By.id("j_password"), TargetDomain.adminPassword());
    admin.click(By.id("sign-in"));
    admin.awaitTextContaining(By.id("signed-in-as"), "admin");
  }

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }

  private static String name() {
    return SandboxDemo.conflictValues(19).get("it.conflict.name");
  }

  /** The demo user of this class, as the probe's parameters. */
  private static String[] user() {
    Map<String, String> values = SandboxDemo.conflictValues(19);
    return new String[] {
      "associate", values.get("it.conflict.associate"),
      "name", values.get("it.conflict.name"),
      "user", values.get("it.conflict.user"),
      "email", values.get("it.conflict.email"),
      "account", values.get("it.conflict.account")
    };
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
