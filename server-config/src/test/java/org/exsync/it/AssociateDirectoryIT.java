package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import org.exsync.application.associate.AssociateDirectory;
import org.exsync.application.associate.DirectoryReport;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.CrmConnectionSettings;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.Outcome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SuperOffice connection a sandbox domain starts with, used through the connection settings:
 * the associates come over from the deployed simulator, and a bad connection says what is wrong.
 */
@ExtendWith(ArquillianExtension.class)
class AssociateDirectoryIT {

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(
        SandboxDemo.directoryValues(), AssociateDirectoryIT.class, Transactions.class);
  }

  @Inject private AssociateDirectory directory;
  @Inject private AssociateRepository associates;
  @Inject private ConnectionSettingsService connections;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Test
  @OperateOnDeployment("exsync")
  void refresh_takesOverEverySuperOfficeUser_andReportsTheUnusableAddressesByName()
      throws Exception {
    DirectoryReport first = done(directory.refresh());
    DirectoryReport again = done(directory.refresh());

    new Transactions(userTransaction).inNew(() -> expectDemoUsers(first));
    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
  }

  private Void expectDemoUsers(DirectoryReport first) {
    for (String user : TargetDomain.value("it.dir.users", "").split("\n")) {
      String[] fields = user.split("\\|");
      Associate stored = associates.findByCrmId(Integer.parseInt(fields[0])).orElseThrow();
      assertThat(stored.getName()).isEqualTo(fields[1]);
      assertThat(stored.isRetired()).isEqualTo(Boolean.parseBoolean(fields[2]));
    }
    String invalidName = TargetDomain.value("it.dir.invalid.name", "");
    int invalidId = Integer.parseInt(TargetDomain.value("it.dir.invalid.id", ""));
    assertThat(first.unusableEmails()).anyMatch(line -> line.startsWith(invalidName));
    assertThat(associates.findByCrmId(invalidId).orElseThrow().getEmail()).isEmpty();
    return null;
  }

  @Test
  @OperateOnDeployment("exsync")
  void wrongUserName_failsWithAReasonAndAFix_andTheRightOneWorksAgain() {
    CrmConnectionSettings seeded = connections.crm();
    try {
      connections.updateCrm(withUser(seeded, "NOSUCHUSER"));

      Outcome<DirectoryReport> refused = directory.refresh();

      assertThat(refused.failure()).isPresent();
      assertThat(refused.failure().get().kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
    } finally {
      connections.updateCrm(seeded);
    }
    assertThat(directory.refresh().failure()).isEmpty();
  }

  @Test
  @OperateOnDeployment("exsync")
  void invalidUrl_isRefusedWithWhatIsExpected_andChangesNothing() {
    CrmConnectionSettings seeded = connections.crm();

    Throwable refused =
        catchThrowable(
            () ->
                connections.updateCrm(
                    new CrmConnectionSettings(
                        seeded.kind(),
                        "crm.example.com/api",
                        seeded.tenant(),
                        seeded.auth(),
                        seeded.userName(),
                        seeded.callsPerSecond(),
                        seeded.baseZone())));

    assertThat(refused).hasMessageContaining("SuperOffice URL");
    assertThat(connections.crm()).isEqualTo(seeded);
  }

  private static CrmConnectionSettings withUser(CrmConnectionSettings settings, String user) {
    return new CrmConnectionSettings(
        settings.kind(),
        settings.url(),
        settings.tenant(),
        settings.auth(),
        user,
        settings.callsPerSecond(),
        settings.baseZone());
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).isEmpty();
    return outcome.value();
  }
}
