package org.exsync.sandbox.ews;

import java.util.Optional;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.ews.soap.Envelope;
import org.exsync.sandbox.ews.soap.EwsFault;
import org.exsync.sandbox.http.SimResponse;

/** Turns an injected fault into what a client of a failing Exchange server sees. */
final class FaultInjection {

  private static final String XML = "text/xml; charset=utf-8";

  private FaultInjection() {}

  /** The answer instead of running the operation; empty when the operation should still run. */
  static Optional<SimResponse> before(FaultRule rule) {
    return switch (rule.kind()) {
      case HTTP_STATUS ->
          Optional.of(
              SimResponse.of(
                  rule.status(),
                  "text/html",
                  "<html><body>" + rule.status() + " - injected by the sandbox</body></html>"));
      case TIMEOUT -> {
        rule.holdForDelay();
        yield Optional.of(SimResponse.dropped());
      }
      case DROP_CONNECTION -> Optional.of(SimResponse.dropped());
      case SERVICE_ERROR ->
          Optional.of(
              SimResponse.of(
                  500,
                  XML,
                  Envelope.fault(
                      EwsFault.of(
                          "ErrorInternalServerError",
                          "An internal server error occurred. The operation failed."))));
      case SLOW -> {
        rule.holdForDelay();
        yield Optional.empty();
      }
      case MALFORMED_BODY -> Optional.empty();
    };
  }

  /** The answer after the operation ran: a cut-off body for MALFORMED_BODY. */
  static SimResponse after(FaultRule rule, String body) {
    if (rule.kind() == org.exsync.sandbox.control.FaultKind.MALFORMED_BODY) {
      return SimResponse.of(200, XML, body).cutInHalf();
    }
    return SimResponse.of(200, XML, body);
  }
}
