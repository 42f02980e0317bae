package org.exsync.engine.port;

import java.util.Objects;

/** How Exsync authenticates to a mailbox's Exchange. */
public sealed interface ExchangeAuth {

  /** As the user, with the user's delegated token (scope EWS.AccessAsUser.All). */
  record Delegated(AccessTokens tokens) implements ExchangeAuth {
    public Delegated {
      Objects.requireNonNull(tokens, "tokens");
    }
  }

  /**
   * As the application, with an app-only token (full_access_as_app) and EWS impersonation of the
   * mailbox, sending X-AnchorMailbox.
   */
  record AppOnly(AccessTokens tokens) implements ExchangeAuth {
    public AppOnly {
      Objects.requireNonNull(tokens, "tokens");
    }
  }

  /**
   * On-premises Exchange: a service account over Basic or NTLM, impersonating the mailbox
   * (ApplicationImpersonation) or opening it by delegation (FullAccess).
   */
  record ServiceAccount(String userName, String password, String domain, boolean impersonate)
      implements ExchangeAuth {

    public ServiceAccount {
      Objects.requireNonNull(userName, "userName");
      Objects.requireNonNull(password, "password");
      domain = domain == null ? "" : domain;
    }

    @Override
    public String toString() {
      return "ServiceAccount[userName="
          + userName
          + ", domain="
          + domain
          + ", impersonate="
          + impersonate
          + ", password=***]";
    }
  }
}
