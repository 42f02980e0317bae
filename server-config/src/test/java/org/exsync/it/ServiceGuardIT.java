package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application services the admin console calls refuse every caller but the admin, in the EJB
 * tier itself, while what timers, the consent pages and the SuperOffice webhook call stays open.
 * {@link GuardProbe} calls them with the identity of the request: nobody, the admin signed in with
 * the realm's password (BASIC, the same realm and group as the console's login), or a wrong
 * password.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceGuardIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWithProbe(GuardProbe.class);
  }

  private final WebClient web = new WebClient();

  @Test
  void anonymousCaller_isRefusedByEveryAdminService_butReachesWhatRunsWithoutAnAdmin() {
    Map<String, String> outcomes =
        Probe.answer(web.get(TargetDomain.internal("/exsync-probe/guard")));

    assertThat(outcomes).hasSizeGreaterThan(20);
    outcomes.forEach(
        (check, outcome) ->
            assertThat(outcome)
                .as(check)
                .isEqualTo(check.startsWith("guarded.") ? "refused" : "allowed"));
  }

  @Test
  void signedInAdmin_getsPastEveryGuard() {
    HttpResponse<String> response =
        web.getSignedIn(
            TargetDomain.internal("/exsync-probe/signed-in/guard"),
            AdminDescriptors.ADMIN_USER,
            TargetDomain.adminPassword());

    Map<String, String> outcomes = Probe.answer(response);
    assertThat(outcomes).hasSizeGreaterThan(20);
    assertThat(outcomes)
        .allSatisfy((check, outcome) -> assertThat(outcome).as(check).isEqualTo("allowed"));
  }

  @Test
  void wrongPassword_isNotLetIn() {
    HttpResponse<String> response =
        web.getSignedIn(
            TargetDomain.internal("/exsync-probe/signed-in/guard"),
            AdminDescriptors.ADMIN_USER,
            "not-the-password");

    assertThat(response.statusCode()).isEqualTo(401);
  }
}
