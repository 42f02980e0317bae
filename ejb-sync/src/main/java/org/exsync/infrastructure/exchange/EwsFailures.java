package org.exsync.infrastructure.exchange;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.exception.service.local.ServiceXmlDeserializationException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.MailboxAccess;

/**
 * Turns what ews-java-api reports (exceptions for whole requests, error responses for single items)
 * into typed failures, with the admin's fix for every denial. Reasons quote Exchange's code and
 * message, which never hold a secret.
 */
final class EwsFailures {

  private final MailboxAccess access;
  private final Duration defaultBackoff;

  EwsFailures(MailboxAccess access, Duration defaultBackoff) {
    this.access = access;
    this.defaultBackoff = defaultBackoff;
  }

  /** Whether Exchange turned the request away for its credentials (HTTP 401). */
  static boolean isUnauthorized(Throwable error) {
    return httpStatus(error) == 401;
  }

  /**
   * Whether the request failed on its connection, with no answer from Exchange at all: no HTTP
   * status and no service response, only an I/O error such as a connection closed while idle.
   */
  static boolean isBrokenConnection(Throwable error) {
    return find(error, IOException.class) != null
        && httpStatus(error) == 0
        && find(error, ServiceResponseException.class) == null;
  }

  /** The failure of a whole request. */
  Failure ofRequest(Throwable error) {
    ServiceResponseException response = find(error, ServiceResponseException.class);
    if (response != null) {
      return ofCode(response.getErrorCode(), response.getMessage(), response.getResponse());
    }
    int status = httpStatus(error);
    if (status > 0) {
      return ofStatus(status);
    }
    if (find(error, IOException.class) != null) {
      return Failure.transientFailure(
          "The connection to Exchange at " + access.ewsUrl() + " failed: " + describe(error));
    }
    if (find(error, XMLStreamException.class) != null
        || find(error, ServiceXmlDeserializationException.class) != null) {
      return Failure.transientFailure(
          "Exchange's answer could not be read (cut off or malformed): " + describe(error));
    }
    return Failure.transientFailure("The request to Exchange failed: " + describe(error));
  }

  /** The answer for one item of a batch that Exchange did not carry out. */
  <R> ItemAnswer<R> ofItem(ServiceResponse response) {
    ServiceError code = response.getErrorCode();
    if (code == null) {
      // ErrorTooManyObjectsOpened: not in ews-java-api 2.0's enum, so the code reads as null.
      return new ItemAnswer<>(
          org.exsync.engine.port.Outcome.failed(
              Failure.throttled(
                  defaultBackoff,
                  "Exchange opened too many items in one request (ErrorTooManyObjectsOpened): "
                      + response.getErrorMessage())),
          Retry.FEWER_ITEMS);
    }
    Failure failure = ofCode(code, response.getErrorMessage(), response);
    Retry retry = code == ServiceError.ErrorTimeoutExpired ? Retry.SHORTER_BATCH : Retry.NONE;
    return new ItemAnswer<>(org.exsync.engine.port.Outcome.failed(failure), retry);
  }

  private Failure ofCode(ServiceError code, String message, ServiceResponse response) {
    String said = code + ": " + message;
    if (code == null) {
      return Failure.throttled(defaultBackoff, "Exchange refused the request: " + message);
    }
    return switch (code) {
      case ErrorServerBusy ->
          Failure.throttled(backoff(response), "Exchange is busy (" + said + ")");
      case ErrorExceededConnectionCount, ErrorExceededSubscriptionCount ->
          Failure.throttled(defaultBackoff, "Too many requests in flight (" + said + ")");
      case ErrorItemNotFound, ErrorFolderNotFound, ErrorCalendarOccurrenceIsDeletedFromRecurrence ->
          Failure.gone("Exchange no longer has it (" + said + ")");
      case ErrorInvalidSyncStateData ->
          Failure.gone(
              "Exchange no longer accepts this sync state; sync the folder again from"
                  + " the beginning ("
                  + said
                  + ")");
      case ErrorIrresolvableConflict, ErrorChangeKeyRequiredForWriteOperations ->
          Failure.conflict("The item changed in Exchange since it was read (" + said + ")");
      case ErrorImpersonateUserDenied, ErrorImpersonationDenied, ErrorImpersonationFailed ->
          Failure.denied(
              "Exchange refused to let Exsync act as " + access.smtpAddress() + " (" + said + ")",
              impersonationFix());
      case ErrorAccessDenied, ErrorInvalidExchangeImpersonationHeaderData ->
          Failure.denied(
              "Exsync may not open the mailbox " + access.smtpAddress() + " (" + said + ")",
              accessFix());
      case ErrorNonExistentMailbox, ErrorMailboxConfiguration ->
          Failure.denied(
              "Exchange at "
                  + access.ewsUrl()
                  + " has no mailbox "
                  + access.smtpAddress()
                  + " ("
                  + said
                  + ")",
              "Correct the mailbox address linked to this user, or the EWS URL of the mailbox.");
      case ErrorTimeoutExpired,
          ErrorInternalServerError,
          ErrorInternalServerTransientError,
          ErrorMailboxStoreUnavailable,
          ErrorMailboxMoveInProgress,
          ErrorConnectionFailed ->
          Failure.transientFailure("Exchange could not do it now (" + said + ")");
      default -> Failure.rejected("Exchange refused it (" + said + ")");
    };
  }

  private Duration backoff(ServiceResponse response) {
    Map<String, String> details = response == null ? null : response.getErrorDetails();
    String millis = details == null ? null : details.get("BackOffMilliseconds");
    if (millis != null) {
      try {
        return Duration.ofMillis(Math.max(0, Long.parseLong(millis.trim())));
      } catch (NumberFormatException e) {
        return defaultBackoff;
      }
    }
    return defaultBackoff;
  }

  private Failure ofStatus(int status) {
    String said = "HTTP " + status + " from " + access.ewsUrl();
    if (status == 401) {
      return Failure.needsReauthentication(
          "Exchange refused the credentials for " + access.smtpAddress() + " (" + said + ")");
    }
    if (status == 403) {
      return Failure.denied(
          "Exchange refused EWS for " + access.smtpAddress() + " (" + said + ")",
          "Allow EWS for the mailbox (Set-CASMailbox "
              + access.smtpAddress()
              + " -EwsEnabled $true) and for the Exsync application in the tenant.");
    }
    if (status == 404) {
      return Failure.denied(
          "No EWS endpoint answers at " + access.ewsUrl() + " (" + said + ")",
          "Correct the EWS URL of the mailbox; it ends in /EWS/Exchange.asmx.");
    }
    if (status == 429) {
      return Failure.throttled(defaultBackoff, "Exchange asked to slow down (" + said + ")");
    }
    if (status >= 500) {
      return Failure.transientFailure("Exchange is unavailable (" + said + ")");
    }
    return Failure.rejected("Exchange refused the request (" + said + ")");
  }

  private String impersonationFix() {
    if (access.auth() instanceof ExchangeAuth.ServiceAccount account) {
      return "Give the service account "
          + account.userName()
          + " the ApplicationImpersonation role (New-ManagementRoleAssignment -Role"
          + " ApplicationImpersonation -User "
          + account.userName()
          + "), or switch the mailbox to FullAccess delegation.";
    }
    if (access.auth() instanceof ExchangeAuth.AppOnly) {
      return "Grant the Exsync application the full_access_as_app permission with admin consent,"
          + " and make sure no application access policy excludes "
          + access.smtpAddress()
          + ".";
    }
    return "A user's own consent opens only that user's mailbox: link "
        + access.smtpAddress()
        + " to the user who owns it.";
  }

  private String accessFix() {
    if (access.auth() instanceof ExchangeAuth.ServiceAccount account && !account.impersonate()) {
      return "Give "
          + account.userName()
          + " FullAccess to "
          + access.smtpAddress()
          + " (Add-MailboxPermission -Identity "
          + access.smtpAddress()
          + " -User "
          + account.userName()
          + " -AccessRights FullAccess -AutoMapping $false).";
    }
    return impersonationFix();
  }

  static int httpStatus(Throwable error) {
    HttpErrorException http = find(error, HttpErrorException.class);
    return http == null ? 0 : http.getHttpErrorCode();
  }

  static <E extends Throwable> E find(Throwable error, Class<E> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static String describe(Throwable error) {
    Throwable deepest = error;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    return deepest.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
