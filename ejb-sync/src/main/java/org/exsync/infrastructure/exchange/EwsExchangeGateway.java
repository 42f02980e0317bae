package org.exsync.infrastructure.exchange;

import java.util.Objects;
import org.exsync.engine.port.ExchangeGateway;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.MailboxAccess;

/**
 * The {@link ExchangeGateway} over Exchange Web Services with ews-java-api. Each opened mailbox
 * gets its own {@code ExchangeService} (one connection, not thread-safe), authenticated as the
 * mailbox's {@link org.exsync.engine.port.ExchangeAuth} says. The gateway itself holds no
 * connection and may be shared.
 */
public final class EwsExchangeGateway implements ExchangeGateway {

  private final EwsOptions options;

  public EwsExchangeGateway(EwsOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public EwsExchangeGateway() {
    this(EwsOptions.DEFAULTS);
  }

  @Override
  public ExchangeMailbox open(MailboxAccess access) {
    return new EwsMailbox(new MailboxConnection(access, options), options);
  }
}
