package org.exsync.infrastructure.superoffice.http;

import java.time.Duration;
import org.exsync.engine.port.Failure;

/** What an HTTP error of the Web API means for the engine. */
public final class Failures {

  private Failures() {}

  /**
   * The typed failure for an answer of 400 or above.
   *
   * @param what the request in words, such as {@code PUT Appointment/12}
   */
  public static Failure of(Reply reply, String what, Duration backoff) {
    String said = reply.errorText().map(text -> ": " + text).orElse("");
    int status = reply.status();
    String reason = what + " answered HTTP " + status + said;
    return switch (status) {
      case 400, 405, 415, 422 -> Failure.rejected(reason);
      case 401 ->
          Failure.needsReauthentication(
              reason + " (the SuperOffice credentials no longer work, even after renewal)");
      case 403 ->
          Failure.denied(
              reason,
              "Give the SuperOffice user Exsync signs in as (the system user on Online) a role with"
                  + " the right to read and change diaries, to-dos and persons of all associates,"
                  + " then run the sync again");
      case 404, 410 -> Failure.gone(reason);
      case 409, 412 -> Failure.conflict(reason + " (it changed in SuperOffice since it was read)");
      case 429 -> Failure.throttled(backoff, reason);
      default ->
          status >= 500 && status != 501
              ? Failure.transientFailure(reason)
              : Failure.rejected(reason);
    };
  }
}
