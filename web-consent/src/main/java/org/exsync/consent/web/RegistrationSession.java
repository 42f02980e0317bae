package org.exsync.consent.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.exsync.application.consent.RegistrationStep;
import org.exsync.infrastructure.oauth.AuthorizationStart;

/**
 * What one browser's registration holds between its pages: the invitation it proved to hold, the
 * sign-in under way (state, nonce and PKCE verifier never leave the server), and how it ended. The
 * session id changes whenever an invitation is bound, so a planted id is worth nothing.
 */
@Named
@SessionScoped
public class RegistrationSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long invitationId;
  private String name;
  private String email;
  private boolean reauthentication;
  private AuthorizationStart pending;
  private ResultKind result;
  private String signedInAs;
  private String reference;
  private String signInToken;

  /** Binds the opened invitation to this browser under a new session id. */
  public void bind(RegistrationStep step, HttpServletRequest request) {
    request.changeSessionId();
    invitationId = step.invitationId().orElseThrow();
    name = step.name().orElse("");
    email = step.email().orElse("");
    reauthentication = step.purpose().map(p -> p.name().equals("REAUTHENTICATION")).orElse(false);
    pending = null;
    result = null;
    signedInAs = null;
    reference = null;
    signInToken = newToken();
  }

  /** Whether a sign-in link carries this session's token (against links planted by others). */
  public boolean signInTokenMatches(String token) {
    return signInToken != null
        && token != null
        && java.security.MessageDigest.isEqual(
            signInToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /** The token of this session's sign-in link. */
  public String getSignInToken() {
    return signInToken;
  }

  private static String newToken() {
    byte[] random = new byte[24];
    new java.security.SecureRandom().nextBytes(random);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  public void startSignIn(AuthorizationStart start) {
    pending = start;
  }

  /** The sign-in under way, taken out so that its state and code verifier are used once. */
  public Optional<AuthorizationStart> takePending() {
    AuthorizationStart taken = pending;
    pending = null;
    return Optional.ofNullable(taken);
  }

  public void end(ResultKind ending, String account) {
    result = ending;
    signedInAs = account;
    reference = ending == ResultKind.FAILED ? newReference() : null;
    if (!ending.isMayRetry()) {
      invitationId = null;
    }
  }

  /** A short id the user can quote and the log holds beside the detail. */
  static String newReference() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  public Optional<Long> invitationId() {
    return Optional.ofNullable(invitationId);
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public boolean isReauthentication() {
    return reauthentication;
  }

  public ResultKind getResult() {
    return result;
  }

  public String getSignedInAs() {
    return signedInAs;
  }

  public String getReference() {
    return reference;
  }

  public boolean isCanRetry() {
    return invitationId != null && result != null && result.isMayRetry();
  }
}
