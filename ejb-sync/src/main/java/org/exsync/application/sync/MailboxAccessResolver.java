package org.exsync.application.sync;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.ExchangeConnectionSettings;
import org.exsync.application.token.TokenService;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankServiceAccount;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;

/**
 * How Exsync gets into one mailbox now: through the service account of the link's rank when it has
 * one, otherwise with the user's consent, the tenant's app-only consent or the service account, as
 * the Exchange connection says. A missing or broken grant is a typed failure that names what brings
 * it back.
 */
@Stateless
public class MailboxAccessResolver {

  @Inject private GrantRepository grants;
  @Inject private ConnectionSettingsService connections;
  @Inject private TokenService tokens;
  @Inject private Clock clock;

  /** The way into the link's mailbox, as of now. */
  public Outcome<MailboxAccess> accessTo(SyncLink link) {
    Mailbox mailbox = link.getMailbox();
    Outcome<ExchangeAuth> auth =
        link.getRank()
            .getServiceAccount()
            .map(account -> rankServiceAccount(link.getRank(), account))
            .orElseGet(() -> ownAccess(mailbox));
    return auth.map(how -> new MailboxAccess(mailbox.getSmtpAddress(), mailbox.getEndpoint(), how));
  }

  private Outcome<ExchangeAuth> ownAccess(Mailbox mailbox) {
    ExchangeConnectionSettings exchange = connections.exchange();
    return switch (exchange.authMode()) {
      case DELEGATED -> delegated(mailbox);
      case APP_ONLY -> appOnly(mailbox);
      case SERVICE_ACCOUNT -> serviceAccount(exchange);
    };
  }

  /** The rank's account impersonates each mailbox; its user principal name needs no domain. */
  private Outcome<ExchangeAuth> rankServiceAccount(Rank rank, RankServiceAccount account) {
    try {
      return Outcome.done(
          new ExchangeAuth.ServiceAccount(
              account.getUpn(),
              connections.passwordOf(
                  account.getPasswordAlias(), "password of rank " + rank.getName() + "'s account"),
              "",
              true));
    } catch (IllegalStateException e) {
      return Outcome.failed(
          Failure.denied(
              e.getMessage(),
              "Set the password alias, or give rank " + rank.getName() + " another account"));
    }
  }

  private Outcome<ExchangeAuth> delegated(Mailbox mailbox) {
    List<Grant> own = ofKind(mailbox, GrantKind.DELEGATED);
    Optional<Grant> usable = usable(own, clock.instant());
    if (usable.isPresent()) {
      return Outcome.done(new ExchangeAuth.Delegated(tokens.forGrant(usable.get().getId())));
    }
    String reason =
        own.stream()
            .filter(g -> g.getStatus() == GrantStatus.NEEDS_REAUTHENTICATION)
            .findFirst()
            .flatMap(Grant::getLastError)
            .orElse(mailbox.getSmtpAddress() + " has not given Exsync access to the mailbox");
    return Outcome.failed(Failure.needsReauthentication(reason));
  }

  private Outcome<ExchangeAuth> appOnly(Mailbox mailbox) {
    return usable(ofKind(mailbox, GrantKind.APP_ONLY), clock.instant())
        .<Outcome<ExchangeAuth>>map(
            grant -> Outcome.done(new ExchangeAuth.AppOnly(tokens.forGrant(grant.getId()))))
        .orElseGet(
            () ->
                Outcome.failed(
                    Failure.denied(
                        "Exsync holds no app-only access for " + mailbox.getSmtpAddress(),
                        "Have a tenant administrator consent to the Exsync app (app-only) and"
                            + " record it on the Connections page")));
  }

  private Outcome<ExchangeAuth> serviceAccount(ExchangeConnectionSettings exchange) {
    try {
      return Outcome.done(
          new ExchangeAuth.ServiceAccount(
              exchange.serviceAccount(),
              connections.serviceAccountPassword(),
              exchange.serviceDomain(),
              exchange.impersonate()));
    } catch (IllegalStateException e) {
      return Outcome.failed(
          Failure.denied(e.getMessage(), "Set the service account on the Connections page"));
    }
  }

  private List<Grant> ofKind(Mailbox mailbox, GrantKind kind) {
    return grants.listByMailbox(mailbox).stream().filter(g -> g.getKind() == kind).toList();
  }

  private static Optional<Grant> usable(List<Grant> candidates, Instant now) {
    return candidates.stream().filter(g -> g.isUsableAt(now)).findFirst();
  }
}
