package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.junit.jupiter.api.Test;

/** The wire protocol itself, with hand-written SOAP over the JDK's HTTP client. */
class SoapProtocolTest extends SchemaCheckedTest {

  private final String bearer = "Bearer " + TestTokens.delegated(fixture.user(0).email());

  private static final String SYNC_CALENDAR =
      "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
          + "<m:SyncFolderId><t:DistinguishedFolderId Id=\"calendar\"/></m:SyncFolderId>"
          + "<m:MaxChangesReturned>%d</m:MaxChangesReturned></m:SyncFolderItems>";

  @Test
  void success_isTextXml_withServerVersionInfoInTheHeader() throws Exception {
    HttpResponse<String> response =
        RawEws.soap(fixture.url(), bearer, String.format(SYNC_CALENDAR, 3));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
    assertThat(response.body())
        .contains("<t:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"20\"")
        .contains("<m:IncludesLastItemInRange>false</m:IncludesLastItemInRange>");
  }

  @Test
  void unknownElement_isErrorSchemaValidation_withLineAndPosition() throws Exception {
    String body =
        RawEws.ENVELOPE_START
            + "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape><t:Colour>red</t:Colour></m:FolderShape>"
            + "<m:FolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:FolderIds></m:GetFolder>"
            + RawEws.ENVELOPE_END;

    HttpResponse<String> response = RawEws.post(fixture.url(), bearer, body);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains(
            "<faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:ErrorSchemaValidation</faultcode>")
        .contains(
            "<e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">ErrorSchemaValidation</e:ResponseCode>")
        .contains("<t:LineNumber>5</t:LineNumber>")
        .contains("Colour")
        .doesNotContain("at org.");
    assertThat(fixture.simulator.counters().get("schema.invalidRequests")).isEqualTo(1);
    fixture.simulator.counters().reset();
  }

  @Test
  void maxChangesReturnedAbove512_failsSchemaValidation() throws Exception {
    HttpResponse<String> response =
        RawEws.soap(fixture.url(), bearer, String.format(SYNC_CALENDAR, 513));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("ErrorSchemaValidation").contains("513");
    fixture.simulator.counters().reset();
  }

  @Test
  void maxChangesReturnedAbove512_isInvalidArgument_whenValidationIsOff() throws Exception {
    fixture.simulator.updateSettings(s -> s.withRequestValidation(false));

    HttpResponse<String> response =
        RawEws.soap(fixture.url(), bearer, String.format(SYNC_CALENDAR, 513));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("ResponseClass=\"Error\"")
        .contains("<m:ResponseCode>ErrorInvalidArgument</m:ResponseCode>");
  }

  @Test
  void notWellFormedXml_isErrorSchemaValidation() throws Exception {
    HttpResponse<String> response = RawEws.post(fixture.url(), bearer, "<soap:Envelope><unclosed>");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("ErrorSchemaValidation");
    fixture.simulator.counters().reset();
  }

  @Test
  void validButUnservedOperation_isErrorInvalidRequest() throws Exception {
    HttpResponse<String> response =
        RawEws.soap(
            fixture.url(),
            bearer,
            "<m:ResolveNames ReturnFullContactData=\"true\"><m:UnresolvedEntry>ali</m:UnresolvedEntry></m:ResolveNames>");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("a:ErrorInvalidRequest").contains("ResolveNames");
  }

  @Test
  void otherPaths_are404_andGet_is405() {
    SimResponse notFound = fixture.simulator.handler().handle(request("POST", "/EWS/Other.asmx"));
    SimResponse get = fixture.simulator.handler().handle(request("GET", "/EWS/Exchange.asmx"));

    assertThat(notFound.status()).isEqualTo(404);
    assertThat(get.status()).isEqualTo(405);
  }

  @Test
  void responseCheck_reportsAResponseTheSchemaRejects() {
    ResponseSchemaCheck check =
        new ResponseSchemaCheck(
            request ->
                SimResponse.of(
                    200,
                    "text/xml",
                    "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                        + "<m:GetItemResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><m:Bogus/>"
                        + "</m:GetItemResponse></s:Body></s:Envelope>"));

    check.handle(request("POST", "/EWS/Exchange.asmx"));

    assertThat(check.problems()).hasSize(1);
  }

  private static SimRequest request(String method, String path) {
    return new SimRequest(
        method, path, "", java.util.Map.of(), new byte[0], "http://localhost", "127.0.0.1");
  }
}
