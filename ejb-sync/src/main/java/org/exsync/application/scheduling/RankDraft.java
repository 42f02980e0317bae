package org.exsync.application.scheduling;

/**
 * A rank as the admin fills it in.
 *
 * @param intervalSeconds how often its links run, at least one second
 * @param capacitySharePercent the share (1 to 100) of a server's runs the rank may hold at once
 * @param serviceAccount the user principal name of an Exchange service account with the
 *     ApplicationImpersonation role that the rank's links reach their mailboxes through and whose
 *     throttling budget they spend; blank for the links' own access
 * @param passwordAlias the Payara password alias holding that account's password; ignored without
 *     an account
 */
public record RankDraft(
    String name,
    int intervalSeconds,
    int capacitySharePercent,
    String serviceAccount,
    String passwordAlias) {

  /** A rank whose links use their own access. */
  public static RankDraft withoutServiceAccount(
      String name, int intervalSeconds, int capacitySharePercent) {
    return new RankDraft(name, intervalSeconds, capacitySharePercent, "", "");
  }

  boolean hasServiceAccount() {
    return serviceAccount != null && !serviceAccount.isBlank();
  }
}
