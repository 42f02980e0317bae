package org.exsync.application.settings;

/**
 * How Exsync reaches Exchange, as the admin edits it. The service account's password stays in the
 * Payara password alias {@link #SERVICE_PASSWORD_ALIAS}.
 *
 * @param ewsUrl the EWS endpoint new mailboxes get
 * @param authMode how mailboxes are opened
 * @param serviceAccount the service account's user name (service-account mode); empty otherwise
 * @param serviceDomain the service account's Windows domain for NTLM, or empty
 * @param impersonate service-account mode: impersonate each mailbox (ApplicationImpersonation) or
 *     open it by delegation (FullAccess)
 */
public record ExchangeConnectionSettings(
    String ewsUrl,
    AuthMode authMode,
    String serviceAccount,
    String serviceDomain,
    boolean impersonate) {

  public static final String SERVICE_PASSWORD_ALIAS = "exsync-exchange-service-password";

  public enum AuthMode {
    /** Each user consents; Exsync acts as the user with the user's token. */
    DELEGATED("delegated"),
    /** One admin consent for the tenant; Exsync impersonates each mailbox. */
    APP_ONLY("app-only"),
    /** On-premises: one Exchange account with impersonation or full access. */
    SERVICE_ACCOUNT("service-account");

    private final String word;

    AuthMode(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    static AuthMode of(String word) {
      for (AuthMode mode : values()) {
        if (mode.word.equalsIgnoreCase(word.strip())) {
          return mode;
        }
      }
      throw new IllegalArgumentException(
          "The Exchange authentication mode must be 'delegated', 'app-only' or 'service-account',"
              + " got '"
              + word
              + "'");
    }
  }
}
