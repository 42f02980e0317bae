package org.exsync.sandbox.ews.auth;

import java.util.Locale;

/**
 * An authenticated caller and the mailbox a request acts on.
 *
 * @param kind how the caller signed in
 * @param name the user's UPN, the application id, or the service account name
 * @param ownMailbox the caller's own mailbox, or null (applications, accounts without one)
 * @param impersonated the mailbox named by ExchangeImpersonation, or null
 * @param fullAccess a service account with FullAccess to every mailbox (delegate access through the
 *     Mailbox element of a distinguished folder id)
 */
public record Caller(
    Kind kind, String name, String ownMailbox, String impersonated, boolean fullAccess) {

  public enum Kind {
    DELEGATED,
    APP_ONLY,
    BASIC
  }

  /** The mailbox the request acts on unless a folder id names another. */
  public String actingMailbox() {
    return impersonated != null ? impersonated : ownMailbox;
  }

  /** Whether the caller may open this mailbox in this request. */
  public boolean mayOpen(String smtp) {
    String acting = actingMailbox();
    return (acting != null && acting.equalsIgnoreCase(smtp)) || fullAccess;
  }

  /** The account whose throttling budget the request spends. */
  public String budgetOwner(boolean basicChargesImpersonated) {
    String owner =
        switch (kind) {
          case DELEGATED -> name;
          case APP_ONLY -> impersonated;
          case BASIC -> basicChargesImpersonated && impersonated != null ? impersonated : name;
        };
    return owner.toLowerCase(Locale.ROOT);
  }
}
