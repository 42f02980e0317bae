package org.exsync.domain.rank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;

/**
 * The Exchange service account a rank reaches its links' mailboxes through, by impersonation: its
 * user principal name and the Payara password alias that holds its password. Exsync never stores
 * the password itself.
 */
@Embeddable
public class RankServiceAccount {

  static final int ALIAS_LENGTH = 100;

  @Column(name = "service_account_upn", length = EmailAddresses.MAX_LENGTH)
  private String upn;

  @Column(name = "service_account_password_alias", length = ALIAS_LENGTH)
  private String passwordAlias;

  protected RankServiceAccount() {}

  /**
   * @param upn the account's user principal name, such as svc-exsync@example.com
   * @param passwordAlias a Payara password alias: letters, digits, dot, dash and underscore
   */
  public RankServiceAccount(String upn, String passwordAlias) {
    this.upn = EmailAddresses.normalize(upn, "The service account");
    String alias = Require.text(passwordAlias, "The password alias", ALIAS_LENGTH).strip();
    if (!alias.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "The password alias may hold only letters, digits, '.', '-' and '_', got '"
              + passwordAlias
              + "'");
    }
    this.passwordAlias = alias;
  }

  /** The user principal name in lower case. */
  public String getUpn() {
    return upn;
  }

  public String getPasswordAlias() {
    return passwordAlias;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RankServiceAccount that
        && upn.equals(that.upn)
        && passwordAlias.equals(that.passwordAlias);
  }

  @Override
  public int hashCode() {
    return Objects.hash(upn, passwordAlias);
  }

  @Override
  public String toString() {
    return upn;
  }
}
