package org.exsync.application.scheduling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.exsync.domain.link.LinkScheduleRepository;
import org.exsync.domain.link.SyncLink;
import org.exsync.infrastructure.superoffice.WebhookEvent;
import org.exsync.infrastructure.superoffice.WebhookVerifier;

/**
 * Takes SuperOffice webhook deliveries: a delivery signed with the webhook's secret (the password
 * alias {@value #SECRET_ALIAS}) about the configured tenant marks the affected associate's link as
 * having changes pending, so it runs at its rank's next tick. The affected associate is the one an
 * {@code associate.*} event names, otherwise the one who made the change. Open to every caller:
 * SuperOffice posts without a login, and the signature is what is checked.
 */
@Stateless
@PermitAll
public class SuperOfficeWebhooks {

  public static final String SECRET_ALIAS = "exsync-superoffice-webhook-secret";
  private static final Logger LOG = Logger.getLogger(SuperOfficeWebhooks.class.getName());
  private static final AtomicBoolean NO_SECRET_REPORTED = new AtomicBoolean();

  @Inject private LinkScheduleRepository schedule;
  @Inject private CrmBudget crm;
  @Inject private Clock clock;

  public WebhookReceipt receive(byte[] body, String signature) {
    Optional<String> secret = secret();
    if (secret.isEmpty()) {
      if (NO_SECRET_REPORTED.compareAndSet(false, true)) {
        LOG.warning(
            "A SuperOffice webhook delivery arrived, but no webhook secret is set: every delivery"
                + " is refused. Set the password alias "
                + SECRET_ALIAS
                + " to the secret the webhook was registered with.");
      }
      return WebhookReceipt.REFUSED;
    }
    Optional<WebhookEvent> event =
        new WebhookVerifier(secret.get(), crm.tenant()).accept(body, signature);
    if (event.isEmpty()) {
      return WebhookReceipt.REFUSED;
    }
    int associate =
        event.get().entity().equalsIgnoreCase("associate")
            ? event.get().primaryKey()
            : event.get().changedBy();
    Optional<SyncLink> link =
        associate > 0 ? schedule.findByAssociateCrmId(associate) : Optional.empty();
    if (link.isEmpty()) {
      return WebhookReceipt.IGNORED;
    }
    link.get().markChangesPending(clock.instant());
    LOG.fine(() -> "Webhook " + event.get().event() + " marks link " + link.get().getId());
    return WebhookReceipt.ACCEPTED;
  }

  private static Optional<String> secret() {
    Config config = ConfigProvider.getConfig();
    return config
        .getOptionalValue(SECRET_ALIAS, String.class)
        .or(
            () ->
                config.getOptionalValue("exsync.secrets.superoffice-webhook-secret", String.class))
        .filter(value -> !value.isBlank() && !value.contains("${ALIAS="));
  }
}
