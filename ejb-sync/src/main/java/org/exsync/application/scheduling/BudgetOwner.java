package org.exsync.application.scheduling;

import java.util.Objects;

/**
 * An account whose throttling budget a run spends: on Exchange the rank's service account or else
 * the mailbox, whose user granted the access; on SuperOffice the tenant. The governor caps and
 * pauses each owner on its own.
 *
 * @param key what identifies the owner, such as {@code exchange:mailbox:<smtp>}
 */
public record BudgetOwner(String key) {

  private static final String SUPEROFFICE = "superoffice:";

  public BudgetOwner {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("A budget owner needs a key");
    }
  }

  /** A rank's service account, by its user principal name. */
  public static BudgetOwner exchangeServiceAccount(String upn) {
    return new BudgetOwner("exchange:service-account:" + upn.strip().toLowerCase());
  }

  public static BudgetOwner exchangeMailbox(String smtpAddress) {
    return new BudgetOwner("exchange:mailbox:" + smtpAddress.strip().toLowerCase());
  }

  /** The SuperOffice tenant; an on-site installation is one tenant. */
  public static BudgetOwner superOffice(String tenant) {
    String name = tenant == null || tenant.isBlank() ? "on-site" : tenant.strip().toLowerCase();
    return new BudgetOwner(SUPEROFFICE + name);
  }

  public boolean isSuperOffice() {
    return key.startsWith(SUPEROFFICE);
  }

  @Override
  public String toString() {
    return key;
  }
}
