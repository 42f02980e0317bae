package org.exsync.application.settings;

/**
 * How Exsync reaches SuperOffice, as the admin edits it. The secrets stay in Payara password
 * aliases with fixed names ({@link #PASSWORD_ALIAS} and the others); only an admin with access to
 * the server sets them.
 *
 * @param kind SuperOffice Online or an on-site installation
 * @param url Online: the environment, such as {@code https://online.superoffice.com}; on-site: the
 *     Web API URL without the version, such as {@code https://crm.example.com/SuperOffice/api}
 * @param tenant Online: the tenant's context identifier ({@code CustNNNN}); empty on-site
 * @param auth on-site: Basic or a ticket; Online always signs in as the system user
 * @param userName on-site Basic: the SuperOffice user Exsync signs in as; empty otherwise
 * @param callsPerSecond the most calls a second Exsync makes to the tenant
 * @param baseZone the tenant's base time zone (an IANA id) when stated; empty to ask SuperOffice
 */
public record CrmConnectionSettings(
    Kind kind,
    String url,
    String tenant,
    Auth auth,
    String userName,
    int callsPerSecond,
    String baseZone) {

  /** Online's application token (SO-AppToken), also sent with an on-site ticket if set. */
  public static final String CLIENT_SECRET_ALIAS = "exsync-superoffice-client-secret";

  /** Online: the system user token the tenant's administrator granted Exsync. */
  public static final String SYSTEM_TOKEN_ALIAS = "exsync-superoffice-system-token";

  /** Online: the PEM PKCS#8 RSA private key that signs the system user token. */
  public static final String PRIVATE_KEY_ALIAS = "exsync-superoffice-private-key";

  /** On-site Basic: the user's password. */
  public static final String PASSWORD_ALIAS = "exsync-superoffice-password";

  /** On-site ticket: the ticket issued for Exsync. */
  public static final String TICKET_ALIAS = "exsync-superoffice-ticket";

  public enum Kind {
    ONLINE("online"),
    ON_SITE("on-site");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    static Kind of(String word) {
      for (Kind kind : values()) {
        if (kind.word.equalsIgnoreCase(word.strip())) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "The SuperOffice kind must be 'online' or 'on-site', got '" + word + "'");
    }
  }

  public enum Auth {
    BASIC("basic"),
    TICKET("ticket");

    private final String word;

    Auth(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    static Auth of(String word) {
      for (Auth auth : values()) {
        if (auth.word.equalsIgnoreCase(word.strip())) {
          return auth;
        }
      }
      throw new IllegalArgumentException(
          "The on-site sign-in must be 'basic' or 'ticket', got '" + word + "'");
    }
  }
}
