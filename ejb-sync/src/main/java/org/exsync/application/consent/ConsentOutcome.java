package org.exsync.application.consent;

/**
 * How a sign-in at Microsoft ended, for the page the user sees.
 *
 * @param result what happened
 * @param signedInAs the account the user signed in with, when known
 * @param invitedAs the address the invitation was for, when known
 */
public record ConsentOutcome(Result result, String signedInAs, String invitedAs) {

  /** Every ending with its own page. */
  public enum Result {
    /** The grant is stored; sync can use it. */
    COMPLETE,
    /** Stored, but the account's address differs from the invited one: the admin decides. */
    COMPLETE_OTHER_ADDRESS,
    CANCELLED,
    CONSENT_DENIED,
    WRONG_TENANT,
    MICROSOFT_UNREACHABLE,
    EXPIRED,
    ALREADY_USED,
    /** The answer failed a check (state, nonce, PKCE, replayed code); start again. */
    FAILED
  }

  static ConsentOutcome of(Result result) {
    return new ConsentOutcome(result, null, null);
  }
}
