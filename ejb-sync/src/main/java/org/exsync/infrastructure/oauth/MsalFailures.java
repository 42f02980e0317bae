package org.exsync.infrastructure.oauth;

import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exsync.engine.port.Failure;

/**
 * Translates what MSAL4J throws into Exsync's terms. Microsoft's error descriptions start with the
 * AADSTS code and carry trace and correlation ids, never a token, so their first line is kept for
 * the admin.
 */
final class MsalFailures {

  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

  private MsalFailures() {}

  /** The MSAL4J exception inside what a future threw. */
  static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** A refresh or client-credentials call failed: what the connector should do about it. */
  static Failure ofTokenCall(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof MsalServiceException service) {
      String code = service.errorCode() == null ? "" : service.errorCode();
      String reason = firstLine(service.getMessage());
      if (code.equals("invalid_grant") || code.equals("interaction_required")) {
        return Failure.needsReauthentication(reason);
      }
      if (code.equals("invalid_client") || code.equals("unauthorized_client")) {
        return Failure.denied(
            "Microsoft refused Exsync's application credentials: " + reason,
            "Check the Entra client id and the client secret (password alias"
                + " exsync-entra-client-secret) of the app registration");
      }
      if (status(service) >= 500 || code.equals("temporarily_unavailable")) {
        return Failure.transientFailure("Microsoft's token service failed: " + reason);
      }
      return Failure.rejected("Microsoft refused the token request: " + reason);
    }
    if (isNetwork(t)) {
      return Failure.transientFailure("Microsoft's token service cannot be reached: " + t);
    }
    return Failure.transientFailure("The token request failed: " + firstLine(String.valueOf(t)));
  }

  /** A code redemption failed: which page the user sees. */
  static SignInException ofRedemption(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof MsalServiceException service) {
      String code = String.valueOf(service.errorCode()).toLowerCase(Locale.ROOT);
      SignInProblem problem =
          status(service) >= 500 || code.equals("temporarily_unavailable")
              ? SignInProblem.UNREACHABLE
              : SignInProblem.INVALID_RESPONSE;
      return new SignInException(
          problem, "Redeeming the authorization code failed: " + firstLine(service.getMessage()));
    }
    if (isNetwork(t)) {
      return new SignInException(
          SignInProblem.UNREACHABLE, "Microsoft's token service cannot be reached: " + t, t);
    }
    return new SignInException(
        SignInProblem.INVALID_RESPONSE, "Redeeming the authorization code failed: " + t, t);
  }

  /** The problem an error answer to the callback stands for ({@code error} and its description). */
  static SignInProblem ofCallbackError(String error, String description) {
    String code = error == null ? "" : error.toLowerCase(Locale.ROOT);
    String aadsts = aadsts(description);
    if (code.equals("consent_required")
        || aadsts.equals("65001")
        || aadsts.equals("90094")
        || aadsts.equals("90008")) {
      return SignInProblem.CONSENT_DENIED;
    }
    if (code.equals("access_denied")) {
      return SignInProblem.CANCELLED;
    }
    if (code.equals("temporarily_unavailable") || code.equals("server_error")) {
      return SignInProblem.UNREACHABLE;
    }
    return SignInProblem.INVALID_RESPONSE;
  }

  /** The AADSTS number in a description, or an empty text. */
  static String aadsts(String description) {
    Matcher matcher = AADSTS.matcher(description == null ? "" : description);
    return matcher.find() ? matcher.group(1) : "";
  }

  /** The HTTP status; MSAL4J leaves it null for errors it classifies as interaction required. */
  private static int status(MsalServiceException service) {
    Integer status = service.statusCode();
    return status == null ? 0 : status;
  }

  private static boolean isNetwork(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return t instanceof MsalClientException && t.getCause() != null;
  }

  static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "no description";
    }
    String line = text.strip().lines().findFirst().orElse("").strip();
    return line.length() > 500 ? line.substring(0, 500) : line;
  }
}
