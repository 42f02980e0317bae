package org.exsync.application.consent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.invitation.InvitationStatus;
import org.exsync.infrastructure.oauth.AuthorizationStart;
import org.exsync.infrastructure.oauth.MsalIdentityPlatform;

/**
 * The one entry the public registration pages have into Exsync: open an invitation by its link or
 * by address and code, start the sign-in at Microsoft, and complete it from the callback. Nothing
 * here lists, changes or reveals anything but the one invitation the caller proves to hold.
 */
@Stateless
public class ConsentFacade {

  /** Wrong codes in a row that lock an invitation, and for how long. */
  static final int MAX_WRONG_CODES = 5;

  static final Duration CODE_LOCKOUT = Duration.ofMinutes(15);

  /** Compared with when no invitation matches, so that both paths take the same time. */
  private static final byte[] NO_CODE = "NOCODE0000".getBytes(StandardCharsets.US_ASCII);

  private static final Logger LOG = Logger.getLogger(ConsentFacade.class.getName());

  @Inject private InvitationRepository invitations;
  @Inject private ClientAttempts clients;
  @Inject private SettingsService settings;
  @Inject private MsalIdentityPlatform platform;
  @Inject private ConsentRecorder recorder;
  @Inject private Clock clock;

  /** The registration page opened with the link of an invitation mail. */
  public RegistrationStep openByLink(String linkToken, String client) {
    Instant now = clock.instant();
    if (!clients.allowed(client, now)) {
      return RegistrationStep.refused(RegistrationStep.Status.TOO_MANY_ATTEMPTS);
    }
    Optional<Invitation> found = invitations.findByLinkToken(linkToken);
    if (found.isEmpty()) {
      clients.failed(client, now);
      return RegistrationStep.refused(RegistrationStep.Status.NOT_FOUND);
    }
    return opened(found.get(), now);
  }

  /**
   * The address and code a person typed. Unknown address, wrong code and a locked invitation all
   * give the same answer, so that nothing tells whether an address was invited.
   */
  public RegistrationStep openByCode(String email, String code, String client) {
    Instant now = clock.instant();
    if (!clients.allowed(client, now)) {
      return RegistrationStep.refused(RegistrationStep.Status.TOO_MANY_ATTEMPTS);
    }
    String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    List<Invitation> candidates =
        invitations.listByEmail(email).stream().filter(i -> !i.getStatus().isFinal()).toList();
    Optional<Invitation> match = Optional.empty();
    for (Invitation candidate : candidates) {
      if (sameCode(candidate.getCode(), typed) && !candidate.getCodeAttempts().lockedAt(now)) {
        match = Optional.of(candidate);
      }
    }
    if (candidates.isEmpty()) {
      sameCode(new String(NO_CODE, StandardCharsets.US_ASCII), typed);
    }
    if (match.isEmpty()) {
      clients.failed(client, now);
      candidates.forEach(i -> i.getCodeAttempts().failed(now, MAX_WRONG_CODES, CODE_LOCKOUT));
      return RegistrationStep.refused(RegistrationStep.Status.NOT_FOUND);
    }
    match.get().getCodeAttempts().succeeded();
    return opened(match.get(), now);
  }

  /** The authorize URL and the secrets to keep in the user's session until the callback. */
  public Optional<AuthorizationStart> startSignIn(long invitationId) {
    Instant now = clock.instant();
    Optional<Invitation> invitation =
        invitations
            .findById(invitationId)
            .filter(i -> !i.getStatus().isFinal() && !i.isExpiredAt(now));
    return invitation.map(
        i ->
            platform.start(
                settings.entraRegistration(), settings.registration().callback(), i.getEmail()));
  }

  /** The callback: checks the answer against the session's start and stores the consent. */
  public ConsentOutcome complete(
      long invitationId, AuthorizationStart pending, CallbackAnswer answer) {
    if (answer.state() == null
        || !MessageDigest.isEqual(
            answer.state().getBytes(StandardCharsets.UTF_8),
            pending.state().getBytes(StandardCharsets.UTF_8))) {
      LOG.warning("A sign-in callback with a state that is not this session's was refused");
      return ConsentOutcome.of(ConsentOutcome.Result.FAILED);
    }
    return recorder.record(invitationId, pending, answer);
  }

  private RegistrationStep opened(Invitation invitation, Instant now) {
    InvitationStatus status = invitation.getStatus();
    if (status == InvitationStatus.ACCEPTED) {
      return RegistrationStep.refused(RegistrationStep.Status.ALREADY_USED);
    }
    if (status == InvitationStatus.REPLACED) {
      return RegistrationStep.refused(RegistrationStep.Status.REPLACED);
    }
    if (status == InvitationStatus.EXPIRED || invitation.isExpiredAt(now)) {
      return RegistrationStep.refused(RegistrationStep.Status.EXPIRED);
    }
    invitation.markOpened(now);
    return RegistrationStep.open(
        invitation.getId(),
        invitation.getAssociate().getName(),
        invitation.getEmail(),
        invitation.getPurpose());
  }

  private static boolean sameCode(String expected, String typed) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
  }
}
