package org.exsync.domain.grant;

/** The ways Exsync can be allowed into a mailbox. */
public enum GrantKind {
  /** The user consented; the secret is the user's refresh token and Exsync acts as the user. */
  DELEGATED,
  /** An administrator consented for the tenant; the secret is the app's client secret. */
  APP_ONLY,
  /** An Exchange account with impersonation or full access; the secret is its password. */
  SERVICE_ACCOUNT
}
