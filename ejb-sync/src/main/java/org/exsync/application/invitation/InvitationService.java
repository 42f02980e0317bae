package org.exsync.application.invitation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.application.settings.RegistrationSettings;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationPurpose;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.invitation.InvitationStatus;
import org.exsync.domain.invitation.InvitationWording;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.infrastructure.mail.DefaultTemplates;
import org.exsync.infrastructure.mail.MailSender;
import org.exsync.infrastructure.mail.OutgoingMail;

/**
 * The Token Authentication Manager's use cases: invite associates (by mail or by handing out the
 * code), re-invite those whose grant broke, preview the mail, show an invitation's code and link,
 * and list every associate's latest invitation. Mail goes out asynchronously through the queue that
 * {@link InvitationMailer} works off.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class InvitationService {

  @Inject private AssociateRepository associates;
  @Inject private InvitationRepository invitations;
  @Inject private SyncLinkRepository links;
  @Inject private SettingsService settings;
  @Inject private MailComposer composer;
  @Inject private Clock clock;

  /** Invites the associates at the e-mail address SuperOffice holds for each. */
  public InviteReport invite(InviteRequest request) {
    return issueAll(request, InvitationPurpose.INVITATION);
  }

  /**
   * Asks the associates to consent again. A linked associate is asked at the mailbox's address,
   * where the user actually reads mail; others at the address SuperOffice holds.
   */
  public InviteReport reauthenticate(InviteRequest request) {
    return issueAll(request, InvitationPurpose.REAUTHENTICATION);
  }

  /** The mail an invitation to this associate would be, with an example code and link. */
  public MailPreview preview(long associateId, InviteRequest wording, InvitationPurpose purpose) {
    Associate associate = requireAssociate(associateId);
    String email = address(associate, purpose).orElse("name@example.com");
    Instant now = clock.instant();
    Invitation example =
        new Invitation(
            associate,
            email,
            InvitationCodes.next(),
            language(wording.language()),
            now,
            now.plus(settings.registration().invitationLifetime()),
            new InvitationWording(purpose, wording.senderName(), wording.messageText()));
    OutgoingMail mail = composer.compose(example);
    return new MailPreview(email, mail.subject(), mail.text(), mail.html());
  }

  /** What to hand a user who registers without the mail. */
  public RegistrationCodes codes(long invitationId) {
    Invitation invitation = requireInvitation(invitationId);
    RegistrationSettings registration = settings.registration();
    return new RegistrationCodes(
        invitation.getEmail(),
        invitation.getCode(),
        registration.codePage(),
        registration.linkFor(invitation.getLinkToken()),
        invitation.getExpiresAt());
  }

  /** Every associate's latest invitation, newest first. */
  public List<InvitationRow> latestPerAssociate() {
    Instant now = clock.instant();
    Map<Long, InvitationRow> latest = new LinkedHashMap<>();
    for (Associate associate : associates.listAll()) {
      invitations.listByAssociate(associate).stream()
          .findFirst()
          .ifPresent(
              invitation -> latest.put(associate.getId(), InvitationRow.of(invitation, now)));
    }
    return latest.values().stream()
        .sorted(Comparator.comparing(InvitationRow::createdAt).reversed())
        .toList();
  }

  /** One invitation's state. */
  public Optional<InvitationRow> find(long invitationId) {
    return invitations.findById(invitationId).map(i -> InvitationRow.of(i, clock.instant()));
  }

  /**
   * Issues one invitation, replacing the associate's open ones, and queues its mail if asked. Used
   * by the admin's actions and by the automatic re-authentication mail, which a broken grant sends
   * without an admin (from the token refresh or a run), hence open to every caller.
   */
  @PermitAll
  public Invitation issue(
      Associate associate, String email, InvitationWording wording, String language, boolean mail) {
    Instant now = clock.instant();
    for (Invitation open : invitations.listByAssociate(associate)) {
      if (!open.getStatus().isFinal()) {
        open.replace();
      }
    }
    Invitation invitation =
        new Invitation(
            associate,
            email,
            InvitationCodes.next(),
            language(language),
            now,
            now.plus(settings.registration().invitationLifetime()),
            wording);
    if (mail) {
      invitation.queueMail(now);
    }
    invitations.add(invitation);
    return invitation;
  }

  private InviteReport issueAll(InviteRequest request, InvitationPurpose purpose) {
    List<InviteReport.Invited> invited = new ArrayList<>();
    List<InviteReport.Skipped> skipped = new ArrayList<>();
    InvitationWording wording =
        new InvitationWording(purpose, request.senderName(), request.messageText());
    for (long id : request.associateIds()) {
      Optional<Associate> found = associates.findById(id);
      if (found.isEmpty()) {
        skipped.add(new InviteReport.Skipped(id, "#" + id, "is not known to Exsync"));
        continue;
      }
      Associate associate = found.get();
      Optional<String> email = address(associate, purpose);
      if (email.isEmpty()) {
        skipped.add(
            new InviteReport.Skipped(
                id, associate.getName(), "has no e-mail address in SuperOffice"));
      } else if (!MailSender.isValidAddress(email.get())) {
        skipped.add(
            new InviteReport.Skipped(
                id,
                associate.getName(),
                "has the e-mail address '"
                    + email.get()
                    + "', which is not valid; correct it in SuperOffice"));
      } else {
        Invitation invitation =
            issue(associate, email.get(), wording, request.language(), request.sendMail());
        invited.add(
            new InviteReport.Invited(id, associate.getName(), email.get(), invitation.getId()));
      }
    }
    return new InviteReport(invited, skipped);
  }

  private Optional<String> address(Associate associate, InvitationPurpose purpose) {
    if (purpose == InvitationPurpose.REAUTHENTICATION) {
      Optional<String> mailbox =
          links
              .findByAssociate(associate)
              .map(link -> link.getMailbox())
              .map(Mailbox::getSmtpAddress);
      if (mailbox.isPresent()) {
        return mailbox;
      }
    }
    return associate.getEmail();
  }

  private static String language(String language) {
    if (language == null || language.isBlank()) {
      return "en";
    }
    if (!DefaultTemplates.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "Invitations are written in "
              + DefaultTemplates.LANGUAGES
              + ", not in '"
              + language
              + "'");
    }
    return language;
  }

  private Associate requireAssociate(long id) {
    return associates
        .findById(id)
        .orElseThrow(() -> new IllegalArgumentException("No associate with id " + id));
  }

  private Invitation requireInvitation(long id) {
    Invitation invitation =
        invitations
            .findById(id)
            .orElseThrow(() -> new IllegalArgumentException("No invitation with id " + id));
    if (invitation.getStatus() == InvitationStatus.REPLACED) {
      throw new IllegalArgumentException(
          "Invitation " + id + " was replaced by a newer one; show the newer one's code");
    }
    return invitation;
  }
}
