package org.exsync.application.connection;

import org.exsync.engine.port.Failure;

/** A failed SuperOffice round trip, told the admin in plain words with the fix. */
final class CrmFailures {

  private CrmFailures() {}

  static CheckResult explain(Failure failure) {
    String detail = failure.reason();
    return switch (failure.kind()) {
      case DENIED ->
          CheckResult.failed("SuperOffice refused Exsync access.", detail, failure.fix());
      case NEEDS_REAUTHENTICATION ->
          CheckResult.failed(
              "SuperOffice refused the credentials.",
              detail,
              "Check the user name, and set the password again with: server-config/bin/exsync"
                  + " secret exsync-superoffice-password (Online: the system user token and the"
                  + " application token).");
      case GONE ->
          CheckResult.failed(
              "There is no SuperOffice Web API at this URL.",
              detail,
              "On-site, the URL ends in /api, such as https://crm.example.com/SuperOffice/api;"
                  + " Online, it is the environment (https://online.superoffice.com) and the"
                  + " tenant is CustNNNN.");
      case TRANSIENT ->
          CheckResult.failed(
              "SuperOffice cannot be reached.",
              detail,
              "Check the host name and port in the URL, that SuperOffice is running, and that a"
                  + " firewall lets this server reach it.");
      case THROTTLED ->
          CheckResult.failed(
              "SuperOffice asks Exsync to slow down.",
              detail,
              "Wait a minute and test again; lower the calls a second if it keeps happening.");
      case REJECTED, CONFLICT ->
          CheckResult.failed(
              "SuperOffice did not answer like its Web API.",
              detail,
              "Check that the URL points at the Web API (…/api), not at the web client.");
    };
  }
}
