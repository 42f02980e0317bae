package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.sandbox.DemoTenant;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The item history in real headless Chromium: a demo user's diary is synced for real, the admin
 * opens the user's history from the linked users table, searches an appointment by its subject and
 * reads in plain words what the sync did with it; a link id that is no link gets a clear message.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class ItemHistoryPageIT {

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    return Deployments.sandbox();
  }

  @Deployment(name = "exsync", order = 2, testable = false)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWithProbe(HistoryProbe.class);
  }

  @Test
  void adminOpensAUsersItemHistory_searchesAnItem_andReadsWhatTheSyncDid() throws Exception {
    SeedUser user = WorldGenerator.demo().users().get(17);
    String subject = "Budget review " + TestData.unique();
    Map<String, String> synced = syncOnce(user, subject);
    assertThat(synced).containsKeys("linkId", "crmId");

    try (Chromium admin = new Chromium("item-history", List.of(SandboxTls.publicKeyHash()))) {
      admin.resize(1366, 900);
      AdminPages.signIn(admin);
      admin.open(page("users.xhtml"));
      admin.awaitTextContaining(By.id("linked:linked-table_data"), user.fullName());
      admin.screenshot("linked-users");
      admin.click(By.cssSelector("[aria-label='Item history of " + user.fullName() + "']"));
      admin.await(By.id("history:history-table"));
      assertThat(admin.currentUrl()).contains("item-history.xhtml?link=" + synced.get("linkId"));
      assertThat(admin.awaitText(By.id("history:user_label"))).contains(user.fullName());

      admin.type(By.id("history:text"), subject);
      admin.click(By.id("history:search"));
      admin.awaitTextContaining(By.id("history:history-table"), "1-1 of 1");
      String row =
          admin.awaitTextContaining(By.id("history:history-table_data"), "Created in Exchange");
      // A domain kept from an earlier run may hold a mapping for the CRM id the restarted
      // sandbox gave this appointment again: the engine then says it created the item again.
      assertThat(row)
          .contains(subject, "SuperOffice " + synced.get("crmId"))
          .containsAnyOf(
              "New in SuperOffice; created in Exchange.",
              "Gone from Exchange but kept in SuperOffice; created there again.");
      assertThat(admin.all(By.cssSelector("#history\\:history-table_data > tr"))).hasSize(1);
      AdminPages.checkAccessibility(admin);
      admin.screenshot("item-history");

      admin.open(page("item-history.xhtml?link=no-such-link"));
      assertThat(admin.awaitText(By.id("history:link-problem")))
          .contains("\"no-such-link\" is not the id of a linked user")
          .contains("The history of all linked users is shown instead.");
      admin.open(page("item-history.xhtml?link=999999999"));
      assertThat(admin.awaitText(By.id("history:link-problem")))
          .contains("There is no linked user with the id 999999999.");
      assertThat(admin.pageSource()).doesNotContain("Exception");
    }
  }

  private static Map<String, String> syncOnce(SeedUser user, String subject) throws Exception {
    Map<String, String> form =
        Map.of(
            "associate", String.valueOf(user.associateId()),
            "name", user.fullName(),
            "user", user.userName(),
            "email", user.email(),
            "serviceAccount", DemoTenant.SERVICE_ACCOUNT,
            "subject", subject);
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(TargetDomain.internal("/exsync-probe/history-probe/sync"))
                    .timeout(Duration.ofMinutes(4))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response
        .body()
        .lines()
        .filter(line -> line.contains("="))
        .collect(
            Collectors.toMap(
                line -> line.substring(0, line.indexOf('=')),
                line -> line.substring(line.indexOf('=') + 1)));
  }

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }
}
