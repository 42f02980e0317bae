package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.superoffice.SuperOfficeCredentials;
import org.exsync.infrastructure.superoffice.SuperOfficeEndpoint;
import org.exsync.infrastructure.superoffice.SuperOfficeSettings;
import org.exsync.infrastructure.superoffice.SuperOfficeWebApiGateway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SuperOffice adapter running inside the deployed EAR, on Payara's own JAX-RS client and
 * JSON-P, against the deployed sandbox's SuperOffice simulator over the internal listener, signed
 * in with Basic as a demo user of an on-site installation.
 */
@ExtendWith(ArquillianExtension.class)
class SuperOfficeAdapterIT {

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(SandboxDemo.superOfficeValues(), SuperOfficeAdapterIT.class);
  }

  private SuperOfficeWebApiGateway gateway;

  @BeforeEach
  void open() {
    gateway =
        new SuperOfficeWebApiGateway(
            SuperOfficeSettings.of(
                    new SuperOfficeEndpoint.OnSite(
                        TargetDomain.internal("/sandbox/superoffice/api")),
                    new SuperOfficeCredentials.Basic(value("it.so.user"), value("it.so.password")))
                .withLongestWait(Duration.ZERO));
  }

  @AfterEach
  void close() throws Exception {
    gateway.close();
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(control()).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
  }

  private static String value(String name) {
    return TargetDomain.value(name, "");
  }

  private static URI control() {
    return TargetDomain.internal("/sandbox/control/superoffice/faults");
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).isEmpty();
    return outcome.value();
  }

  @Test
  @OperateOnDeployment("exsync")
  void insideTheEar_theAdapterListsTheAssociatesAndTheBaseZoneOfTheDeployedSimulator() {
    List<CrmAssociate> associates = done(gateway.associates());

    assertThat(associates.size()).isGreaterThanOrEqualTo(Integer.parseInt(value("it.so.users")));
    assertThat(associates).extracting(CrmAssociate::email).contains(value("it.so.email"));
    assertThat(done(gateway.baseZone())).isEqualTo(ZoneId.of(value("it.so.zone")));
  }

  @Test
  @OperateOnDeployment("exsync")
  void insideTheEar_anAppointmentIsCreatedReadUpdatedAndDeleted() {
    ZoneId zone = done(gateway.baseZone());
    Instant start =
        Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    AppointmentItem item =
        new AppointmentItem(
            "Integrasjonstest – ÆØÅ",
            "Fra Payara",
            "Rom 1",
            start,
            start.plus(Duration.ofMinutes(45)),
            zone,
            false,
            ShowAs.BUSY,
            false,
            10,
            List.of(),
            "",
            List.of(),
            null);
    CrmScope diary =
        CrmScope.diary(
            Integer.parseInt(value("it.so.associate")),
            new SyncWindow(start.minus(Duration.ofDays(30)), start.plus(Duration.ofDays(30))));

    WriteReceipt created = done(done(gateway.create(diary, List.of(item))).get(0));
    SourceItem read = done(done(gateway.read(ItemKind.DIARY, List.of(created.id()))).get(0));
    var updated =
        done(gateway.update(
                ItemKind.DIARY, List.of(new ItemUpdate(created.id(), created.version(), item))))
            .get(0);
    var deleted =
        done(gateway.delete(ItemKind.DIARY, List.of(new ItemRef(created.id(), null)))).get(0);

    assertThat(read.contentHash()).isEqualTo(item.contentHash());
    assertThat(updated.failure()).isEmpty();
    assertThat(deleted.value()).isEqualTo(created.id());
    assertThat(done(gateway.presentIds(diary))).doesNotContain(created.id());
  }

  @Test
  @OperateOnDeployment("exsync")
  void insideTheEar_anInjectedRefusalOfRightsIsDenied_withTheFix() throws Exception {
    HttpResponse<String> added =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(control())
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"kind\":\"HTTP_STATUS\",\"status\":403,\"operation\":\"Selection\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).isEqualTo(201);

    var failure = gateway.selections().failure().orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureKind.DENIED);
    assertThat(failure.fix()).isNotBlank();
  }
}
