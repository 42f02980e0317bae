package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.Mailbox;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.junit.jupiter.api.Test;

class AuthenticationTest extends SchemaCheckedTest {

  private static final String GET_CALENDAR =
      "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
          + "<m:FolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:FolderIds></m:GetFolder>";

  private final SeedUser alice = fixture.user(0);
  private final SeedUser bob = fixture.user(1);

  private static ServiceError code(Throwable e) {
    return Causes.code(e);
  }

  @Test
  void delegatedToken_opensItsOwnMailbox_butNotAnotherThroughTheMailboxElement() throws Exception {
    ExchangeService service = fixture.as(alice);

    assertThat(Folder.bind(service, WellKnownFolderName.Calendar).getDisplayName())
        .isEqualTo("Calendar");
    FolderId bobsCalendar = new FolderId(WellKnownFolderName.Calendar, new Mailbox(bob.email()));
    assertThatThrownBy(() -> Folder.bind(service, bobsCalendar))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ServiceError.ErrorAccessDenied));
  }

  @Test
  void delegatedToken_cannotImpersonateAnotherUser() {
    ExchangeService service = fixture.as(alice);
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, bob.email()));

    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ServiceError.ErrorImpersonateUserDenied));
  }

  @Test
  void expiredToken_surfacesAsHttp401_withABearerChallenge() throws Exception {
    ExchangeService service = fixture.withBearer(TestTokens.EXPIRED);

    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .satisfies(e -> assertThat(Causes.httpStatus(e)).isEqualTo(401));
    HttpResponse<String> raw =
        RawEws.soap(fixture.url(), "Bearer " + TestTokens.WRONG_AUDIENCE, GET_CALENDAR);
    assertThat(raw.statusCode()).isEqualTo(401);
    assertThat(raw.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Bearer ")
        .contains("error=\"invalid_token\"");
    assertThat(raw.body()).isEmpty();
    assertThat(fixture.simulator.counters().get("auth.failed")).isEqualTo(2);
  }

  @Test
  void tokenWithoutTheEwsScope_isRefused() throws Exception {
    HttpResponse<String> raw =
        RawEws.soap(fixture.url(), "Bearer " + TestTokens.NO_SCOPE, GET_CALENDAR);

    assertThat(raw.statusCode()).isEqualTo(401);
    assertThat(raw.headers().firstValue("x-ms-diagnostics").orElseThrow()).startsWith("2000008");
  }

  @Test
  void appOnlyToken_needsTheImpersonationHeader_andThenActsOnThatMailbox() throws Exception {
    ExchangeService withoutHeader = fixture.withBearer(TestTokens.APP);
    assertThatThrownBy(() -> Folder.bind(withoutHeader, WellKnownFolderName.Calendar))
        .satisfies(
            e ->
                assertThat(code(e))
                    .isEqualTo(ServiceError.ErrorInvalidExchangeImpersonationHeaderData));

    Folder bobsCalendar = Folder.bind(fixture.appImpersonating(bob), WellKnownFolderName.Calendar);

    assertThat(bobsCalendar.getTotalCount())
        .isEqualTo(fixture.simulator.outlook(bob.email()).orElseThrow().itemIds("calendar").size());
    assertThat(fixture.simulator.counters().get("anchorMailbox.present")).isEqualTo(1);
  }

  @Test
  void impersonatingAnUnknownMailbox_isNonExistentMailbox() {
    ExchangeService service = fixture.withBearer(TestTokens.APP);
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, "nobody@nowhere.example"));

    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ServiceError.ErrorNonExistentMailbox));
  }

  @Test
  void basicServiceAccount_impersonatesOnlyWhileItHoldsTheRight() throws Exception {
    fixture.simulator.updateSettings(
        s ->
            s.withServiceAccounts(
                List.of(new ServiceAccount("svc-exsync@contoso.example", "S3cret!", true, false))));
    ExchangeService service =
        new ExchangeService(
            microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion
                .Exchange2010_SP2);
    service.setUrl(fixture.url());
    service.setCredentials(new WebCredentials("svc-exsync@contoso.example", "S3cret!"));
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, alice.email()));

    assertThat(Folder.bind(service, WellKnownFolderName.Calendar).getDisplayName())
        .isEqualTo("Calendar");
    fixture.simulator.setImpersonationRight("svc-exsync@contoso.example", false);
    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .satisfies(e -> assertThat(code(e)).isEqualTo(ServiceError.ErrorImpersonateUserDenied));
  }

  @Test
  void basicWithAWrongPassword_isChallengedForBasic() throws Exception {
    fixture.simulator.updateSettings(
        s ->
            s.withServiceAccounts(
                List.of(new ServiceAccount("svc@contoso.example", "right", true, false))));
    String wrong =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("svc@contoso.example:wrong".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> raw = RawEws.soap(fixture.url(), wrong, GET_CALENDAR);

    assertThat(raw.statusCode()).isEqualTo(401);
    assertThat(raw.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Basic realm=");
    // Keeps the schema check's "some response was checked" honest for this test.
    assertThat(
            RawEws.soap(
                    fixture.url(), "Bearer " + TestTokens.delegated(alice.email()), GET_CALENDAR)
                .statusCode())
        .isEqualTo(200);
  }
}
