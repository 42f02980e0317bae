package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import org.exsync.sandbox.DemoTenant;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox WAR as the demo deploys it, used by the real clients: a token from the deployed
 * identity simulator opens a mailbox of the deployed EWS simulator through ews-java-api, the
 * SuperOffice simulator lists the demo associates, and the control API injects a fault.
 */
@ExtendWith(ArquillianExtension.class)
class DeployedSandboxIT {

  private static final SandboxWorld DEMO = WorldGenerator.demo();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.sandbox();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void clearFaults() throws Exception {
    send(HttpRequest.newBuilder(sandbox("/control/ews/faults")).DELETE());
  }

  @Test
  void overviewPage_listsTheDemoUsersAndWhereEachServiceAnswers() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(sandbox("/")).GET());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("/sandbox/ews/EWS/Exchange.asmx", DEMO.tenantId())
        .contains(DEMO.users().get(0).email(), DEMO.users().get(24).email());
  }

  @Test
  void pathsBesideTheSimulators_are404() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(sandbox("/no-such-page")).GET());

    assertThat(page.statusCode()).isEqualTo(404);
  }

  @Test
  void appOnlyTokenFromTheIdentitySimulator_opensAnImpersonatedMailboxWithEwsJavaApi()
      throws Exception {
    SeedUser user = DEMO.users().get(1);
    try (ExchangeService service = ews(user)) {
      service.getHttpHeaders().put("Authorization", "Bearer " + appOnlyToken());

      Folder calendar = Folder.bind(service, WellKnownFolderName.Calendar);

      assertThat(calendar.getDisplayName()).isEqualTo("Calendar");
      assertThat(calendar.getTotalCount()).isEqualTo(DEMO.itemsOf(user).appointments().size());
    }
  }

  @Test
  void serviceAccountWithImpersonation_opensTheContactsFolderOverBasic() throws Exception {
    SeedUser user = DEMO.users().get(2);
    try (ExchangeService service = ews(user)) {
      service.setCredentials(
          new WebCredentials(DemoTenant.SERVICE_ACCOUNT, DemoTenant.SERVICE_ACCOUNT_PASSWORD));

      Folder contacts = Folder.bind(service, WellKnownFolderName.Contacts);

      assertThat(contacts.getTotalCount()).isEqualTo(DEMO.itemsOf(user).contacts().size());
    }
  }

  @Test
  void injectedFault_failsTheNextEwsCallAndIsCounted() throws Exception {
    SeedUser user = DEMO.users().get(3);
    HttpResponse<String> added =
        send(
            HttpRequest.newBuilder(sandbox("/control/ews/faults"))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"SERVICE_ERROR\",\"operation\":\"GetFolder\",\"times\":1}")));
    assertThat(added.statusCode()).isEqualTo(201);

    try (ExchangeService service = ews(user)) {
      service.setCredentials(
          new WebCredentials(DemoTenant.SERVICE_ACCOUNT, DemoTenant.SERVICE_ACCOUNT_PASSWORD));
      Throwable failed = catchThrowable(() -> Folder.bind(service, WellKnownFolderName.Calendar));
      assertThat(responseError(failed)).isEqualTo(ServiceError.ErrorInternalServerError);
      assertThat(Folder.bind(service, WellKnownFolderName.Calendar).getTotalCount()).isPositive();
    }
    String counters = send(HttpRequest.newBuilder(sandbox("/control/ews/counters")).GET()).body();
    assertThat(counters).contains("\"faults.SERVICE_ERROR\":1");
  }

  @Test
  void superOfficeSimulator_listsTheAssociatesWithTheAddressesSuperOfficeHolds() throws Exception {
    SeedUser user = DEMO.users().get(0);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (user.userName() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> users =
        send(
            HttpRequest.newBuilder(
                    sandbox(
                        "/superoffice/api/v1/Archive/AllUsers?$select=associateDbId,personEmail&$top=500"))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .GET());

    assertThat(users.statusCode()).isEqualTo(200);
    Matcher ids = Pattern.compile("\"associateDbId\":(\\d+)").matcher(users.body());
    assertThat(ids.results().count()).isGreaterThanOrEqualTo(DEMO.users().size());
    assertThat(users.body()).contains(DEMO.users().get(5).crmEmail());
  }

  /** The EWS error code ews-java-api found in the SOAP fault, wherever in the cause chain. */
  private static ServiceError responseError(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ServiceResponseException response) {
        return response.getErrorCode();
      }
    }
    throw new AssertionError("No EWS error in " + failure, failure);
  }

  private static ExchangeService ews(SeedUser user) throws Exception {
    ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
    service.setUrl(sandbox("/ews/EWS/Exchange.asmx"));
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, user.email()));
    service.getHttpHeaders().put("X-AnchorMailbox", user.email());
    service.setTimeout(20_000);
    return service;
  }

  private String appOnlyToken() throws Exception {
    HttpResponse<String> token =
        send(DemoTokenRequest.to(sandbox("/identity/" + DEMO.tenantId() + "/oauth2/v2.0/token")));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return DemoTokenRequest.accessToken(token.body()).orElseThrow();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI sandbox(String path) {
    return TargetDomain.internal("/sandbox" + path);
  }
}
