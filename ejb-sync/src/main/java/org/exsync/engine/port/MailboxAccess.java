package org.exsync.engine.port;

import java.net.URI;
import java.util.Objects;

/** Where a mailbox's Exchange answers and how Exsync gets in. */
public record MailboxAccess(String smtpAddress, URI ewsUrl, ExchangeAuth auth) {

  public MailboxAccess {
    Objects.requireNonNull(smtpAddress, "smtpAddress");
    Objects.requireNonNull(ewsUrl, "ewsUrl");
    Objects.requireNonNull(auth, "auth");
  }
}
