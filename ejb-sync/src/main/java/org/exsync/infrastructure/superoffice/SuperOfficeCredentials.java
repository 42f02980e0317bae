package org.exsync.infrastructure.superoffice;

import java.util.Objects;

/**
 * How Exsync signs in to SuperOffice. The values come from Payara password aliases; none of them is
 * ever written to a log or a message, which is why each record hides them in {@code toString}.
 */
public sealed interface SuperOfficeCredentials {

  /**
   * SuperOffice Online's system user: the application's client secret (sent as {@code
   * SO-AppToken}), the system user token the tenant's administrator granted it, and the PEM PKCS#8
   * RSA private key that signs that token.
   */
  record SystemUser(String applicationToken, String systemUserToken, String privateKeyPem)
      implements SuperOfficeCredentials {
    public SystemUser {
      requireValue(applicationToken, "applicationToken");
      requireValue(systemUserToken, "systemUserToken");
      requireValue(privateKeyPem, "privateKeyPem");
    }

    @Override
    public String toString() {
      return "SystemUser[***]";
    }
  }

  /** An on-site user name and password, sent with Basic authentication. */
  record Basic(String userName, String password) implements SuperOfficeCredentials {
    public Basic {
      requireValue(userName, "userName");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Basic[userName=" + userName + ", password=***]";
    }
  }

  /**
   * An on-site ticket issued for Exsync, with the application token if the installation asks for
   * one (empty otherwise). A ticket cannot be renewed here: when it stops working an admin issues a
   * new one.
   */
  record Ticket(String ticket, String applicationToken) implements SuperOfficeCredentials {
    public Ticket {
      requireValue(ticket, "ticket");
      applicationToken = applicationToken == null ? "" : applicationToken;
    }

    @Override
    public String toString() {
      return "Ticket[***]";
    }
  }

  private static void requireValue(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "The SuperOffice " + name + " is empty; set its password alias and restart");
    }
  }
}
