package org.exsync.infrastructure.exchange;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;

/**
 * ews-java-api's {@code ExchangeService} that can drop its kept-alive connection once it has been
 * idle too long. A server closes such a connection on its own (IIS after two minutes by default),
 * and a request sent on it then gets no answer at all, which for a write cannot safely be repeated.
 */
final class EwsService extends ExchangeService {

  EwsService() {
    super(ExchangeVersion.Exchange2010_SP2);
  }

  /** Closes the connection when it has carried nothing for that long; a new one opens on use. */
  @SuppressWarnings("deprecation") // ews-java-api gives no other way to the manager it built
  void closeConnectionIdleFor(Duration idle) {
    httpClient.getConnectionManager().closeIdleConnections(idle.toMillis(), TimeUnit.MILLISECONDS);
  }
}
