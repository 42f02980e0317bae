package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The conflicts page in real headless Chromium at a laptop's 1366 px: real conflicts of two demo
 * users' appointments (made against the sandbox through {@link ConflictsProbe}) are listed, the
 * user filter chosen as an admin does leaves the other user's out, one is opened with both versions
 * side by side in plain words and the admin's time zone, the differing subject marked, and
 * overridden with SuperOffice's version, which the next run writes to the mailbox. The table never
 * scrolls sideways.
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

  /** The demo user of this class, whose conflict the admin opens and overrides. */
  private static final int USER = 19;

  /** Another demo user with a conflict of its own, which the user filter must leave out. */
  private static final int OTHER = 0;

  /** An instant as the snapshot keeps it, which the page must not show as it is. */
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  /** The admin's browser runs in this zone, so the page shows the items' times in it. */
  private static final String ADMIN_ZONE = "Europe/Oslo";

  private Chromium admin;

  /**
   * Unlinks the other user, whose link only this class made, and gives back Exchange's settings.
   */
  @AfterEach
  void restore() throws Exception {
    try {
      if (admin != null) {
        AdminPages.unlinkIfLinked(admin, name(OTHER));
      }
    } finally {
      if (admin != null) {
        admin.close();
      }
      probe("restore", user(USER));
    }
  }

  @Test
  void adminFiltersByUser_opensAConflict_readsBothVersions_andTakesSuperOffices() throws Exception {
    Map<String, String> other = probe("conflict", user(OTHER));
    Map<String, String> made = probe("conflict", user(USER));
    String crmSubject = made.get("crmSubject");
    String exchangeSubject = made.get("exchangeSubject");
    admin =
        new Chromium("conflicts-page", List.of(SandboxTls.publicKeyHash()), ZoneId.of(ADMIN_ZONE));
    admin.resize(1366, 768);
    AdminPages.signIn(admin);
    admin.open(page("conflicts.xhtml"));
    admin.awaitTextContaining(By.cssSelector(".sidebar a.active"), "Conflicts");
    By row = row(crmSubject);
    By otherRow = row(other.get("crmSubject"));
    admin.await(row);
    admin.await(otherRow);
    AdminPages.assertFits(admin, "conflicts:conflict-table");

    AdminPages.chooseByTyping(admin, "conflicts:user-filter", name(USER));
    admin.awaitAjax();
    admin.awaitGone(otherRow);
    assertThat(admin.awaitTextContaining(row, "Kept on both sides: the Exchange version"))
        .contains("Not overridden", "Decided by the policy");
    assertThat(users(admin)).as("the users of the rows shown").containsOnly(name(USER));
    admin.click(By.xpath(xpathOf(crmSubject) + "//button[contains(@id, ':open')]"));
    admin.awaitTextContaining(By.id("detail-title"), crmSubject);
    String differing = admin.awaitText(By.cssSelector("#versions tr.differs"));
    assertThat(differing).contains("Subject", crmSubject, exchangeSubject);
    assertThat(admin.all(By.cssSelector("#versions tbody tr:not(.differs)")))
        .as("the fields both versions agree on are not highlighted")
        .isNotEmpty();
    String versions = admin.awaitText(By.id("versions"));
    assertThat(versions)
        .as("field names and values in plain words")
        .contains("Starts", "Ends", "All day", "Show as", "Busy")
        .doesNotContain("BUSY", "allDay", "showAs", "false");
    assertThat(ISO_INSTANT.matcher(versions).find()).as("an ISO instant in: " + versions).isFalse();
    assertThat(fieldIn("Starts")).matches("\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");
    assertThat(admin.awaitText(By.id("conflict"))).contains("Times are in " + ADMIN_ZONE);
    assertThat(admin.await(By.id("conflict:take-exchange")).isEnabled())
        .as("Exchange's version was kept; it cannot be taken again")
        .isFalse();
    AdminPages.checkAccessibility(admin);
    AdminPages.assertFits(admin, "conflicts:conflict-table");
    admin.screenshot("conflict");

    admin.click(By.id("conflict:take-crm"));
    assertThat(admin.awaitText(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")))
        .contains(
            "Write SuperOffice's version of '" + crmSubject + "'",
            "to both SuperOffice and Exchange",
            "replacing what was kept (the Exchange version)");
    admin.click(By.id("confirmation:confirm-yes"));
    admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));
    assertThat(AdminPages.toast(admin, "Taking SuperOffice's version")).contains("starts now");

    Map<String, String> settled =
        probe("settled", with(user(USER), "conflictId", made.get("conflictId")));
    assertThat(settled.get("state")).as(settled.get("note")).isEqualTo("APPLIED");
    assertThat(admin.awaitTextContaining(By.id("detail-override"), "Took the SuperOffice version"))
        .contains("SuperOffice's version was written to");
    assertThat(admin.awaitText(By.id("detail-outcome")))
        .isEqualTo("Kept on both sides: the SuperOffice version, taken by admin");
    assertThat(admin.awaitTextContaining(row, "taken by admin"))
        .contains("Kept on both sides: the SuperOffice version, taken by admin");
    Map<String, String> subjects =
        probe(
            "subjects",
            with(user(USER), "crmId", made.get("crmId"), "exchangeId", made.get("exchangeId")));
    assertThat(subjects.get("exchange")).isEqualTo(crmSubject);
    assertThat(subjects.get("crm")).isEqualTo(crmSubject);
    AdminPages.checkAccessibility(admin);
    AdminPages.assertFits(admin, "conflicts:conflict-table");
    admin.screenshot("conflict-overridden");
  }

  /** The conflicts table's row of the item with this subject. */
  private static By row(String subject) {
    return By.xpath(xpathOf(subject));
  }

  private static String xpathOf(String subject) {
    return "//tbody[@id='conflicts:conflict-table_data']/tr[td[contains(., '" + subject + "')]]";
  }

  /** The names of the users of the rows the conflicts table shows. */
  private static List<String> users(Chromium admin) {
    return admin.all(By.cssSelector("[id='conflicts:conflict-table_data'] .user-name")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** SuperOffice's value of the field in the opened conflict. */
  private String fieldIn(String field) {
    return admin.awaitText(
        By.xpath(
            "//table[@id='versions']//tr[th[starts-with(normalize-space(.), '"
                + field
                + "')]]/td[@class='crm']"));
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

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }

  private static String name(int index) {
    return SandboxDemo.conflictValues(index).get("it.conflict.name");
  }

  /** The demo user's values, as the probe's parameters. */
  private static String[] user(int index) {
    Map<String, String> values = SandboxDemo.conflictValues(index);
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
