package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
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
 * The Ranks page in real headless Chromium: the admin creates a rank with its own service account
 * (a wrong one is refused beside its field), opens the default rank's linked users, moves demo user
 * 20 into the new rank after a confirmation, and sees the toast and both ranks' counts change.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
class RanksPageIT {

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    return Deployments.sandbox();
  }

  @Deployment(name = "exsync", order = 2, testable = false)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWithProbe(RanksProbe.class);
  }

  @Test
  void adminCreatesARankWithAServiceAccount_andMovesAUserIntoIt() throws Exception {
    SeedUser user = WorldGenerator.demo().users().get(20);
    String defaultRank = linkInDefaultRank(user);
    String gold = "Gold " + TestData.unique();
    try (Chromium admin = new Chromium("ranks-page", List.of(SandboxTls.publicKeyHash()))) {
      admin.resize(1366, 768);
      AdminPages.signIn(admin);
      admin.open(page("ranks.xhtml"));
      long defaultBefore = Long.parseLong(linkCount(admin, defaultRank));

      admin.click(By.id("ranks:new-rank"));
      admin.type(By.id("ranks:name"), gold);
      admin.type(By.id("ranks:service-account"), "svc-exsync");
      admin.click(By.id("ranks:save-rank"));
      assertThat(
              admin.awaitTextContaining(
                  By.cssSelector("#ranks .ui-message-error"), "user principal name"))
          .contains("such as svc-exsync@example.com");
      AdminPages.checkAccessibility(admin);
      admin.screenshot("rank-with-a-wrong-service-account");

      admin.type(By.id("ranks:service-account"), DemoTenant.SERVICE_ACCOUNT);
      admin.click(By.id("ranks:save-rank"));
      assertThat(AdminPages.toast(admin, "Rank " + gold + " saved")).contains("every 300 seconds");
      assertThat(admin.awaitTextContaining(By.id("ranks:rank-table"), gold))
          .contains(DemoTenant.SERVICE_ACCOUNT);
      assertThat(linkCount(admin, gold)).isEqualTo("0");

      admin.click(By.cssSelector("button[aria-label='Linked users of rank " + defaultRank + "']"));
      admin.awaitTextContaining(By.id("ranks:members"), user.fullName());
      admin.click(
          By.xpath(
              "//tbody[@id='ranks:member-table_data']/tr[contains(., '"
                  + user.fullName()
                  + "')]//div[contains(@class, 'ui-chkbox-box')]"));
      admin.awaitAjax();
      AdminPages.chooseByLabel(admin, "ranks:move-target", gold);
      admin.click(By.id("ranks:move-selected"));
      admin.click(By.id("confirmation:confirm-yes"));
      admin.awaitGone(By.cssSelector(".ui-confirm-dialog"));

      assertThat(AdminPages.toast(admin, "1 user moved to " + gold))
          .contains("through " + DemoTenant.SERVICE_ACCOUNT);
      assertThat(admin.awaitTextContaining(By.id("ranks:rank-table"), gold)).isNotBlank();
      assertThat(linkCount(admin, gold)).isEqualTo("1");
      assertThat(Long.parseLong(linkCount(admin, defaultRank))).isEqualTo(defaultBefore - 1);
      assertThat(admin.awaitText(By.id("ranks:member-table"))).doesNotContain(user.fullName());
      AdminPages.checkAccessibility(admin);
      AdminPages.assertFits(admin, "ranks:rank-table");
      admin.screenshot("ranks");
    }
  }

  private static String linkCount(Chromium admin, String rank) {
    return admin.awaitText(By.cssSelector("span.rank-links[data-rank='" + rank + "']")).strip();
  }

  /** Links the demo user in the default rank through the probe; the default rank's name. */
  private static String linkInDefaultRank(SeedUser user) {
    HttpResponse<String> response =
        new WebClient()
            .postForm(
                TargetDomain.internal("/exsync-probe/ranks/link"),
                "crmId",
                String.valueOf(user.associateId()),
                "name",
                user.fullName(),
                "user",
                user.userName(),
                "email",
                user.email());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response
        .body()
        .lines()
        .filter(line -> line.startsWith("rank="))
        .map(line -> line.substring("rank=".length()))
        .findFirst()
        .orElseThrow();
  }

  private static URI page(String path) {
    return TargetDomain.internal("/admin/" + path);
  }
}
