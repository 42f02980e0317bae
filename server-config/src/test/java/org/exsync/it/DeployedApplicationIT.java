package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR as a user deploys it, seen from outside: health, the two listeners kept apart, the admin
 * login and the public start page.
 */
@ExtendWith(ArquillianExtension.class)
class DeployedApplicationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.exsync();
  }

  private final WebClient web = new WebClient();

  @Test
  void health_isUpWithTheDatabaseCheck() {
    HttpResponse<String> health = web.get(TargetDomain.internal("/health"));

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"database\",\"status\":\"UP\"")
        .contains("\"name\":\"secrets\",\"status\":\"UP\"")
        .contains("\"name\":\"heap\",\"status\":\"UP\"");
  }

  @Test
  void readiness_reportsTheConfiguredDatabase() {
    HttpResponse<String> ready = web.get(TargetDomain.internal("/health/ready"));

    assertThat(ready.statusCode()).isEqualTo(200);
    String product = TargetDomain.database().equals("postgres") ? "PostgreSQL" : "H2";
    assertThat(ready.body()).contains("\"product\":\"" + product + "\"");
  }

  @Test
  void adminPath_onThePublicListener_isNotFound() {
    assertThat(web.get(TargetDomain.publicListener("/admin/")).statusCode()).isEqualTo(404);
    assertThat(web.get(TargetDomain.publicListener("/admin/login.xhtml")).statusCode())
        .isEqualTo(404);
    assertThat(web.get(TargetDomain.publicListener("/health")).statusCode()).isEqualTo(404);
  }

  @Test
  void consentPage_onTheInternalListener_isNotFound() {
    assertThat(web.get(TargetDomain.internal("/consent/")).statusCode()).isEqualTo(404);
  }

  @Test
  void consentStartPage_onThePublicListener_isShownWithSecurityHeaders() {
    HttpResponse<String> page = web.get(TargetDomain.publicListener("/consent/"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Connect your mailbox to SuperOffice");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
  }

  @Test
  void adminPage_asksForLogin_andShowsTheStatusAfterIt() {
    HttpResponse<String> loginPage = web.get(TargetDomain.internal("/admin/"));
    assertThat(loginPage.statusCode()).isEqualTo(200);
    assertThat(loginPage.body()).contains("Sign in to Exsync").doesNotContain("schema-version");

    HttpResponse<String> login =
        web.postForm(
            TargetDomain.internal("/admin/j_security_check"),
            "j_username",
            "admin",
            "j_password",
            TargetDomain.adminPassword());
    assertThat(login.statusCode()).isEqualTo(302);

    HttpResponse<String> home = web.get(TargetDomain.internal("/admin/"));
    assertThat(home.body())
        .contains("Signed in as admin")
        .contains("Exsync is running and its database is up to date.")
        .contains("id=\"database\">" + TargetDomain.database() + "<");
  }

  @Test
  void adminLogin_withAWrongPassword_saysSoWithoutDetails() {
    web.get(TargetDomain.internal("/admin/"));

    HttpResponse<String> login =
        web.postForm(
            TargetDomain.internal("/admin/j_security_check"),
            "j_username",
            "admin",
            "j_password",
            "not-the-password");

    String page =
        login.statusCode() == 302
            ? web.get(java.net.URI.create(login.headers().firstValue("Location").orElseThrow()))
                .body()
            : login.body();
    assertThat(page).contains("The user name or password is wrong.").doesNotContain("Exception");
  }
}
