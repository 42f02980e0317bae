package org.exsync.sandbox.ews.auth;

/**
 * An on-premises service account that signs in with Basic authentication.
 *
 * @param name the user name (a UPN; also the SMTP address of its own mailbox, if it has one)
 * @param password what Basic authentication must carry
 * @param mayImpersonate holds the ApplicationImpersonation role
 * @param fullAccess has FullAccess to every mailbox (delegate access through a folder's Mailbox)
 */
public record ServiceAccount(
    String name, String password, boolean mayImpersonate, boolean fullAccess) {

  public ServiceAccount withImpersonation(boolean allowed) {
    return new ServiceAccount(name, password, allowed, fullAccess);
  }

  @Override
  public String toString() {
    return "ServiceAccount["
        + name
        + ", impersonation="
        + mayImpersonate
        + ", fullAccess="
        + fullAccess
        + "]";
  }
}
