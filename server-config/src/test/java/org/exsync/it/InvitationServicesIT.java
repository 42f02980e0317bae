package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the admin's invitation services do on the deployed EAR: mail failures, bad addresses, purge.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationServicesIT extends ConsentDeployments {

  @Test
  void mailServerDown_marksTheInvitationFailedWithTheReason_andTheCodeStillWorks()
      throws Exception {
    SeedUser user = WorldGenerator.demo().users().get(19);
    String associate = probe.associate(user.fullName(), user.email());
    String invitation =
        probe
            .call("invite", "associateId", associate, "language", "en", "mail", "true")
            .get("invitationId");

    Map<String, String> failed = awaitStatus(invitation, "FAILED");
    LoopbackClient.Response byCode =
        new RegistrationFlow("127.0.0.30")
            .typeCode(user.email(), probe.call("codes", "id", invitation).get("code"));

    assertThat(failed.get("failure")).startsWith("The mail server did not take the mail: ");
    assertThat(byCode.status()).isEqualTo(302);
    assertThat(byCode.header("location")).endsWith("/consent/start.xhtml");
  }

  @Test
  void associateWithoutAddress_isReportedByName_notSkippedSilently() {
    String associate =
        probe
            .call(
                "associate",
                "crmId",
                String.valueOf(TestData.crmId()),
                "name",
                "Per Uten Epost",
                "email",
                "")
            .get("id");

    Map<String, String> report =
        probe.call("invite", "associateId", associate, "language", "nb", "mail", "true");

    assertThat(report).containsEntry("invited", "0");
    assertThat(report.get("skipped")).isEqualTo("has no e-mail address in SuperOffice");
  }

  @Test
  void deleteRegistration_removesInvitationsAndUnlinkedConsents_keepsTheLinkedUsersGrant() {
    SeedUser linked = WorldGenerator.demo().users().get(20);
    SeedUser unlinked = WorldGenerator.demo().users().get(21);
    String linkedAssociate = consent(linked, "127.0.0.31");
    String unlinkedAssociate = consent(unlinked, "127.0.0.32");
    probe.call("link", "associateId", linkedAssociate, "upn", linked.email());

    Map<String, String> report =
        probe.call("purge", "associateIds", linkedAssociate + "," + unlinkedAssociate);

    assertThat(report)
        .containsEntry("invitationsRemoved", "2")
        .containsEntry("grantsRemoved", unlinked.email())
        .containsEntry("grantsKept", linked.email());
    assertThat(probe.call("grant", "upn", unlinked.email())).containsEntry("count", "0");
    assertThat(probe.call("grant", "upn", linked.email())).containsEntry("status", "VALID");
  }

  private String consent(SeedUser user, String source) {
    String associate = probe.associate(user.fullName(), user.email());
    String invitation =
        probe
            .call("invite", "associateId", associate, "language", "en", "mail", "false")
            .get("invitationId");
    RegistrationFlow flow = new RegistrationFlow(source);
    flow.openLink(probe.call("codes", "id", invitation).get("link"));
    Map<String, String> answer = RegistrationFlow.signInAtMicrosoft(flow.startSignIn(), user);
    assertThat(flow.answerCallback(answer)).isEqualTo("result-complete");
    return associate;
  }

  private Map<String, String> awaitStatus(String invitation, String status) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    Map<String, String> current = probe.call("invitation", "id", invitation);
    while (!status.equals(current.get("status")) && Instant.now().isBefore(until)) {
      Thread.sleep(250);
      current = probe.call("invitation", "id", invitation);
    }
    assertThat(current).containsEntry("status", status);
    return current;
  }
}
