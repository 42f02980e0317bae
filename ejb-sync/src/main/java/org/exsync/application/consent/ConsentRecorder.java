package org.exsync.application.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.exsync.application.settings.SettingsService;
import org.exsync.application.token.AccessTokenSeed;
import org.exsync.application.token.GrantHealth;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.domain.grant.SignedInAccount;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.invitation.InvitationStatus;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.infrastructure.crypto.SecretCipher;
import org.exsync.infrastructure.oauth.AuthorizationStart;
import org.exsync.infrastructure.oauth.MsalIdentityPlatform;
import org.exsync.infrastructure.oauth.SignInException;
import org.exsync.infrastructure.oauth.SignInProblem;

/**
 * Redeems the callback's code and stores what the consent gave: the mailbox of the signed-in
 * account, its delegated grant with the refresh token encrypted (replacing the secret of a grant
 * that needed re-authentication, whose links then resume), and the accepted invitation.
 */
@Stateless
public class ConsentRecorder {

  private static final Logger LOG = Logger.getLogger(ConsentRecorder.class.getName());

  @Inject private InvitationRepository invitations;
  @Inject private MailboxRepository mailboxes;
  @Inject private GrantRepository grants;
  @Inject private SettingsService settings;
  @Inject private MsalIdentityPlatform platform;
  @Inject private SecretCipher cipher;
  @Inject private GrantHealth health;
  @Inject private AccessTokenSeed tokens;
  @Inject private Clock clock;

  public ConsentOutcome record(
      long invitationId, AuthorizationStart pending, CallbackAnswer answer) {
    Instant now = clock.instant();
    Optional<Invitation> locked = invitations.lockById(invitationId);
    if (locked.isEmpty()) {
      return ConsentOutcome.of(ConsentOutcome.Result.FAILED);
    }
    Invitation invitation = locked.get();
    if (invitation.getStatus() == InvitationStatus.ACCEPTED) {
      return ConsentOutcome.of(ConsentOutcome.Result.ALREADY_USED);
    }
    if (invitation.getStatus().isFinal() || invitation.isExpiredAt(now)) {
      return ConsentOutcome.of(ConsentOutcome.Result.EXPIRED);
    }
    if (answer.error() != null) {
      return ConsentOutcome.of(
          result(MsalIdentityPlatform.callbackProblem(answer.error(), answer.errorDescription())));
    }
    if (answer.code() == null || answer.code().isBlank()) {
      return ConsentOutcome.of(ConsentOutcome.Result.FAILED);
    }
    MsalIdentityPlatform.Redemption redemption;
    try {
      redemption =
          platform.redeem(
              settings.entraRegistration(),
              settings.registration().callback(),
              answer.code(),
              pending,
              now);
    } catch (SignInException e) {
      LOG.warning(() -> "Sign-in for invitation " + invitationId + " failed: " + e.getMessage());
      return ConsentOutcome.of(result(e.problem()));
    }
    String upn = redemption.user().upn();
    Grant grant = store(redemption, now);
    invitation.accept(now, upn);
    tokens.seed(grant, redemption.tokens());
    LOG.info(
        () ->
            "Invitation "
                + invitationId
                + " for "
                + invitation.getEmail()
                + " accepted by "
                + upn
                + "; grant "
                + grant.getId());
    return new ConsentOutcome(
        upn.equals(invitation.getEmail())
            ? ConsentOutcome.Result.COMPLETE
            : ConsentOutcome.Result.COMPLETE_OTHER_ADDRESS,
        upn,
        invitation.getEmail());
  }

  private Grant store(MsalIdentityPlatform.Redemption redemption, Instant now) {
    String upn = redemption.user().upn();
    Mailbox mailbox =
        mailboxes
            .findBySmtpAddress(upn)
            .orElseGet(
                () -> {
                  Mailbox created =
                      new Mailbox(
                          upn,
                          settings.registration().ewsUrl(),
                          MailboxKind.EWS_ONLINE,
                          redemption.user().tenantId());
                  mailboxes.add(created);
                  return created;
                });
    SecretCipher.Sealed sealed = cipher.seal(redemption.tokens().refreshToken().orElseThrow());
    Set<String> scopes = Set.of(MsalIdentityPlatform.EWS_SCOPE, "offline_access");
    Instant expiry = now.plus(java.time.Duration.ofDays(90));
    Optional<Grant> existing =
        grants.listByMailbox(mailbox).stream()
            .filter(g -> g.getKind() == GrantKind.DELEGATED && g.getStatus() != GrantStatus.REVOKED)
            .findFirst();
    Grant grant;
    if (existing.isPresent()) {
      grant = existing.get();
      grant.renew(sealed.ciphertext(), sealed.keyId(), scopes, expiry, now);
      grant.recordAccount(account(redemption));
      health.restored(grant);
    } else {
      grant =
          new Grant(
              mailbox,
              GrantKind.DELEGATED,
              sealed.ciphertext(),
              sealed.keyId(),
              scopes,
              expiry,
              now);
      grant.recordAccount(account(redemption));
      grants.add(grant);
    }
    return grant;
  }

  private static SignedInAccount account(MsalIdentityPlatform.Redemption redemption) {
    return new SignedInAccount(
        redemption.user().tenantId(), redemption.user().objectId(), redemption.user().upn());
  }

  private static ConsentOutcome.Result result(SignInProblem problem) {
    return switch (problem) {
      case CANCELLED -> ConsentOutcome.Result.CANCELLED;
      case CONSENT_DENIED -> ConsentOutcome.Result.CONSENT_DENIED;
      case WRONG_TENANT -> ConsentOutcome.Result.WRONG_TENANT;
      case UNREACHABLE -> ConsentOutcome.Result.MICROSOFT_UNREACHABLE;
      case INVALID_RESPONSE -> ConsentOutcome.Result.FAILED;
    };
  }
}
