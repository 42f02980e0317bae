package org.exsync.infrastructure.oauth;

/** Why a sign-in at Microsoft did not give Exsync a grant; each has its own page for the user. */
public enum SignInProblem {
  /** The user cancelled at Microsoft (access_denied, AADSTS65004). */
  CANCELLED,
  /** The tenant's policy requires an administrator to consent first (AADSTS65001, AADSTS90094). */
  CONSENT_DENIED,
  /** The account belongs to a tenant Exsync is not registered for. */
  WRONG_TENANT,
  /** Microsoft could not be reached, or answered with a passing error. */
  UNREACHABLE,
  /**
   * The answer failed a check: state, nonce, PKCE, a replayed or expired code, an id token for
   * another application. Never the user's fault to fix, and never explained in detail to them.
   */
  INVALID_RESPONSE
}
