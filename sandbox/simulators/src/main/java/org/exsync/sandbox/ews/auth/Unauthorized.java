package org.exsync.sandbox.ews.auth;

import org.exsync.sandbox.http.SimResponse;

/** A request Exchange turns away before reading it: HTTP 401 with a challenge and no SOAP body. */
public final class Unauthorized extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient SimResponse response;

  Unauthorized(String reason, SimResponse response) {
    super(reason, null, false, false);
    this.response = response;
  }

  public SimResponse response() {
    return response;
  }

  /** The bearer challenge Exchange Online sends, with the reason in x-ms-diagnostics. */
  static Unauthorized bearer(String diagnostics, String reason) {
    return new Unauthorized(
        reason,
        SimResponse.empty(401)
            .withHeader(
                "WWW-Authenticate",
                "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\","
                    + " token_types=\"app_asserted_user_v1 service_asserted_app_v1\","
                    + " authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\","
                    + " error=\"invalid_token\"")
            .withHeader(
                "x-ms-diagnostics",
                diagnostics
                    + ";reason=\""
                    + reason.replace('"', '\'')
                    + "\";error_category=\"invalid_token\""));
  }

  /**
   * A request without credentials: both challenges, as Exchange offers every scheme it accepts
   * (clients such as ews-java-api with WebCredentials answer the Basic one).
   */
  static Unauthorized anonymous(String realm) {
    Unauthorized bearer = bearer("2000000", "No credentials were presented.");
    return new Unauthorized(
        bearer.getMessage(),
        bearer.response.withHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\""));
  }

  /** The Basic challenge of an on-premises server. */
  static Unauthorized basic(String realm, String reason) {
    return new Unauthorized(
        reason,
        SimResponse.empty(401).withHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\""));
  }
}
