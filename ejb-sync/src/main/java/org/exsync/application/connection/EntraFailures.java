package org.exsync.application.connection;

import org.exsync.engine.port.Failure;

/** A failed token request at Microsoft Entra, told the admin in plain words with the fix. */
final class EntraFailures {

  private EntraFailures() {}

  static CheckResult explain(Failure failure) {
    String detail = failure.reason();
    return switch (failure.kind()) {
      case DENIED ->
          CheckResult.failed(
              "Microsoft Entra refused the app registration.", detail, failure.fix());
      case TRANSIENT, THROTTLED ->
          CheckResult.failed(
              "Microsoft Entra cannot be reached or is busy.",
              detail,
              "Check the authority URL and that this server may reach it (proxy, firewall);"
                  + " then test again.");
      case NEEDS_REAUTHENTICATION, REJECTED, CONFLICT, GONE ->
          CheckResult.failed(
              "Microsoft Entra refused the token request.",
              detail,
              "Check the tenant id, the client id and that the app registration has the"
                  + " application permission full_access_as_app with admin consent.");
    };
  }
}
