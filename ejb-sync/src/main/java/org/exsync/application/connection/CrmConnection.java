package org.exsync.application.connection;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.SuperOfficeSettings;
import org.exsync.infrastructure.superoffice.SuperOfficeWebApiGateway;

/**
 * The SuperOffice gateway of this server. One gateway serves every thread, so that its rate limit
 * holds for the whole tenant; it is rebuilt when the admin changes the connection, and the old one
 * is closed.
 */
@ApplicationScoped
public class CrmConnection {

  private static final Logger LOG = Logger.getLogger(CrmConnection.class.getName());

  @Inject private ConnectionSettingsService connections;

  private final AtomicReference<Current> current = new AtomicReference<>();

  /**
   * The gateway for the connection as configured now, or why there is none: a setting or a secret
   * is missing (DENIED, with what to set).
   */
  public Outcome<CrmGateway> gateway() {
    SuperOfficeSettings settings;
    try {
      settings = connections.superOffice();
    } catch (IllegalStateException e) {
      return Outcome.failed(
          Failure.denied(
              e.getMessage(), "Complete the SuperOffice connection on the Connections page"));
    }
    return Outcome.done(gatewayFor(settings));
  }

  private synchronized CrmGateway gatewayFor(SuperOfficeSettings settings) {
    Current now = current.get();
    if (now != null && now.settings().equals(settings)) {
      return now.gateway();
    }
    SuperOfficeWebApiGateway fresh = new SuperOfficeWebApiGateway(settings);
    current.set(new Current(settings, fresh));
    if (now != null) {
      now.gateway().close();
      LOG.info(() -> "SuperOffice connection changed; now " + settings.endpoint());
    }
    return fresh;
  }

  @PreDestroy
  void close() {
    Current last = current.getAndSet(null);
    if (last != null) {
      last.gateway().close();
    }
  }

  private record Current(SuperOfficeSettings settings, SuperOfficeWebApiGateway gateway) {}
}
