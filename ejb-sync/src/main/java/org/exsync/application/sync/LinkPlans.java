package org.exsync.application.sync;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.link.Unlinking;
import org.exsync.domain.link.UnlinkingRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.engine.LinkSettings;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;

/** Reads what one run of a link needs, in one short transaction before the run starts. */
@Stateless
public class LinkPlans {

  @Inject private SyncLinkRepository links;
  @Inject private MailboxAccessResolver access;
  @Inject private UnlinkingRepository unlinkings;
  @Inject private Clock clock;
  @Inject private SettingsService adminSettings;

  /** The link's settings as of now and the way into its mailbox, or empty if the link is gone. */
  public Optional<LinkPlan> of(long linkId) {
    return links.findById(linkId).map(this::plan);
  }

  private LinkPlan plan(SyncLink link) {
    Instant now = clock.instant();
    Mailbox mailbox = link.getMailbox();
    SyncWindow window =
        new SyncWindow(
            now.minus(Duration.ofDays(link.getSyncWindowPastDays())),
            now.plus(Duration.ofDays(link.getSyncWindowFutureDays())));
    LinkSettings settings =
        new LinkSettings(
            link.getId(),
            link.getAssociate().getCrmId(),
            mailbox.getSmtpAddress(),
            link.itemKinds(),
            window,
            link.getConflictPolicy(),
            adminSettings.bookingEdits(),
            LinkSettings.DEFAULT_MASS_DELETE_PERCENT,
            true,
            List.of());
    Outcome<MailboxAccess> way = access.accessTo(link);
    boolean removal =
        unlinkings.listByLinkId(link.getId()).stream().anyMatch(Unlinking::isRemovalPending);
    return new LinkPlan(settings, link.contactSelections(), way, removal);
  }
}
