package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.exchange.EwsExchangeGateway;
import org.exsync.sandbox.DemoTenant;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EWS adapter inside the deployed EAR on Payara 6 and Java 17, against the deployed sandbox:
 * ews-java-api with its XML APIs from the EAR's lib/, a service account over Basic with
 * impersonation, an app-only token from the deployed identity simulator, and an injected fault
 * answered as a typed outcome. The tests run in the server; the sandbox's world generator comes
 * along only to name the demo users.
 */
@ExtendWith(ArquillianExtension.class)
class EwsGatewayIT {

  private static final String SETTINGS = "ews-it.properties";
  private static final SandboxWorld DEMO = WorldGenerator.demo();

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    String settings = "sandbox=" + TargetDomain.internal("/sandbox") + "\n";
    return Deployments.exsyncWith(
        probe ->
            probe
                .addAsLibrary(Deployments.jarOf(WorldGenerator.class))
                .addAsResource(new StringAsset(settings), SETTINGS),
        EwsGatewayIT.class,
        DemoTokenRequest.class);
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @OperateOnDeployment("exsync")
  void serviceAccountWithImpersonation_createsReadsUpdatesAndDeletesInsidePayara() {
    SeedUser user = DEMO.users().get(4);
    MailboxAccess access =
        new MailboxAccess(
            user.email(),
            ews(),
            new ExchangeAuth.ServiceAccount(
                DemoTenant.SERVICE_ACCOUNT, DemoTenant.SERVICE_ACCOUNT_PASSWORD, "", true));
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();
      AppointmentItem meeting = meeting("Årsmøte på Payara – 日本");

      WriteReceipt created = mailbox.create(calendar, List.of(meeting)).value().get(0).value();
      SourceItem read = mailbox.read(calendar, List.of(created.id())).value().get(0).value();
      AppointmentItem moved = meeting("Årsmøte (flyttet)");
      WriteReceipt updated =
          mailbox
              .update(calendar, List.of(new ItemUpdate(created.id(), created.version(), moved)))
              .value()
              .get(0)
              .value();
      Outcome<String> deleted =
          mailbox
              .delete(calendar, List.of(new ItemRef(created.id(), updated.version())))
              .value()
              .get(0);

      assertThat(read.contentHash()).isEqualTo(meeting.contentHash());
      assertThat(updated.version()).isNotEqualTo(created.version());
      assertThat(deleted.value()).isEqualTo(created.id());
    }
  }

  @Test
  @OperateOnDeployment("exsync")
  void appOnlyTokenFromTheDeployedIdentitySimulator_readsTheSeededContacts() {
    SeedUser user = DEMO.users().get(5);
    MailboxAccess access =
        new MailboxAccess(user.email(), ews(), new ExchangeAuth.AppOnly(new DeployedTokens()));
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();

      var page = mailbox.changes(contacts, null).value();

      assertThat(page.changed()).hasSize(DEMO.itemsOf(user).contacts().size());
      assertThat(page.unreadable()).isEmpty();
      assertThat(page.moreAvailable()).isFalse();
    }
  }

  @Test
  @OperateOnDeployment("exsync")
  void anInjectedFault_isATypedOutcome_andTheNextCallSucceeds() throws Exception {
    SeedUser user = DEMO.users().get(6);
    String rule =
        "{\"kind\":\"HTTP_STATUS\",\"status\":503,\"operation\":\"GetFolder\",\"principal\":\""
            + user.email()
            + "\",\"times\":1}";
    HttpResponse<String> added =
        http.send(
            HttpRequest.newBuilder(URI.create(sandboxBase() + "/control/ews/faults"))
                .POST(HttpRequest.BodyPublishers.ofString(rule))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).isEqualTo(201);
    MailboxAccess access =
        new MailboxAccess(user.email(), ews(), new ExchangeAuth.AppOnly(new DeployedTokens()));
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      Failure failure = mailbox.defaultFolder(ItemKind.TASK).failure().orElseThrow();

      assertThat(failure.kind()).isEqualTo(FailureKind.TRANSIENT);
      assertThat(failure.reason()).contains("HTTP 503");
      assertThat(mailbox.defaultFolder(ItemKind.TASK).isDone()).isTrue();
    }
  }

  @Test
  @OperateOnDeployment("exsync")
  void aSelectionsContactsFolder_isCreatedOnce_andFoundAgain() {
    SeedUser user = DEMO.users().get(7);
    MailboxAccess access =
        new MailboxAccess(user.email(), ews(), new ExchangeAuth.AppOnly(new DeployedTokens()));
    FolderRef first;
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      first = mailbox.contactsFolder("it-selection-1", "Messe (IT)").value();
    }
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      assertThat(mailbox.contactsFolder("it-selection-1", "Messe (IT)").value()).isEqualTo(first);
    }
  }

  private static AppointmentItem meeting(String subject) {
    java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
    return new AppointmentItem(
        subject,
        "Dagsorden\nÅpning",
        "Møterom 1",
        java.time.LocalDateTime.parse("2026-11-10T09:00").atZone(oslo).toInstant(),
        java.time.LocalDateTime.parse("2026-11-10T10:00").atZone(oslo).toInstant(),
        oslo,
        false,
        ShowAs.BUSY,
        false,
        10,
        List.of(),
        "",
        List.of(),
        null);
  }

  private static URI ews() {
    return URI.create(sandboxBase() + "/ews/EWS/Exchange.asmx");
  }

  /** Where the sandbox answers; set by the client side of the test, read in the server. */
  private static String sandboxBase() {
    try (InputStream in = EwsGatewayIT.class.getClassLoader().getResourceAsStream(SETTINGS)) {
      Properties settings = new Properties();
      settings.load(in);
      return settings.getProperty("sandbox");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** App-only tokens by client credentials from the deployed identity simulator. */
  private static final class DeployedTokens implements AccessTokens {

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Outcome<String> current() {
      return renewed();
    }

    @Override
    public Outcome<String> renewed() {
      try {
        URI endpoint =
            URI.create(sandboxBase() + "/identity/" + DEMO.tenantId() + "/oauth2/v2.0/token");
        HttpResponse<String> token =
            http.send(DemoTokenRequest.to(endpoint).build(), HttpResponse.BodyHandlers.ofString());
        return DemoTokenRequest.accessToken(token.body())
            .map(Outcome::done)
            .orElseGet(
                () ->
                    Outcome.failed(
                        Failure.needsReauthentication("No token: HTTP " + token.statusCode())));
      } catch (IOException e) {
        return Outcome.failed(Failure.transientFailure(e.toString()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.failed(Failure.transientFailure("interrupted"));
      }
    }
  }
}
