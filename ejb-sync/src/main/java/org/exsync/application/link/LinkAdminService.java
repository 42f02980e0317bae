package org.exsync.application.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exsync.application.AdminRole;
import org.exsync.application.connection.CrmConnection;
import org.exsync.application.scheduling.RunControl;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.link.SyncedItems;
import org.exsync.domain.link.Unlinking;
import org.exsync.domain.link.UnlinkingRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.Outcome;

/**
 * Linking, editing and unlinking, the admin's changes to sync links. An edit names the settings the
 * admin saw; when another admin changed them since, nothing is overwritten ({@link
 * ConcurrentEditException}). The settings are compared rather than the row's version because every
 * sync run changes the row too; the version still stops two saves that cross. Bad input is refused
 * with an {@link IllegalArgumentException} that names the value.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class LinkAdminService {

  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private UnlinkingRepository unlinkings;
  @Inject private ExternalUsers externalUsers;
  @Inject private CrmConnection crm;
  @Inject private RunControl runControl;
  @Inject private Clock clock;

  /** The SuperOffice selections a link may keep as contacts, read from SuperOffice now. */
  public Outcome<List<CrmSelection>> selections() {
    return crm.gateway().then(gateway -> gateway.selections());
  }

  /**
   * Links the associate to the mailbox, due at once.
   *
   * @throws IllegalArgumentException when either is unknown, the associate is linked already or the
   *     settings are wrong
   */
  public LinkRow link(long associateId, long mailboxId, LinkSettings settings) {
    Associate associate =
        associates
            .findById(associateId)
            .orElseThrow(() -> new IllegalArgumentException("No associate with id " + associateId));
    Mailbox mailbox =
        mailboxes
            .findById(mailboxId)
            .orElseThrow(() -> new IllegalArgumentException("No mailbox with id " + mailboxId));
    links
        .findByAssociate(associate)
        .ifPresent(
            existing -> {
              throw new IllegalArgumentException(
                  associate.getName()
                      + " is linked to "
                      + existing.getMailbox().getSmtpAddress()
                      + " already; unlink first to link another mailbox");
            });
    Instant now = clock.instant();
    SyncLink link =
        new SyncLink(associate, mailbox, checkedKinds(settings), rank(settings.rankId()), now);
    apply(link, settings);
    links.add(link);
    return LinkRow.of(link, false);
  }

  /** Links every consented user whose e-mail matches exactly one unlinked associate. */
  public BulkLinkReport linkExactMatches(LinkSettings settings) {
    List<String> linked = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (ExternalUser user : externalUsers.list()) {
      if (user.isLinked()) {
        continue;
      }
      if (user.suggestedAssociateId().isEmpty()) {
        skipped.add(user.smtpAddress() + ": no single associate has this e-mail address");
        continue;
      }
      long associateId = user.suggestedAssociateId().get();
      if (associates.findById(associateId).flatMap(links::findByAssociate).isPresent()) {
        skipped.add(
            user.smtpAddress() + ": " + user.suggestedAssociateName() + " is linked already");
        continue;
      }
      LinkRow row = link(associateId, user.mailboxId(), settings);
      linked.add(row.associateName() + ": " + row.mailbox());
    }
    return new BulkLinkReport(linked, skipped);
  }

  /**
   * Saves the link's settings if nobody changed them since the admin saw them.
   *
   * @param seen the settings as the admin's page showed them
   * @param settings the settings to save
   * @throws ConcurrentEditException when another admin changed them or unlinked the user
   */
  public LinkRow save(long linkId, LinkSettings seen, LinkSettings settings) {
    SyncLink link = existing(linkId);
    if (!LinkRow.of(link, false).settings().equals(seen)) {
      throw new ConcurrentEditException(
          "Another admin changed the link of "
              + link.getAssociate().getName()
              + " since you opened it; nothing was saved. Reload the page to see the current"
              + " settings, then make your change again.");
    }
    link.changeItemKinds(checkedKinds(settings));
    link.assignRank(rank(settings.rankId()));
    apply(link, settings);
    return LinkRow.of(link, false);
  }

  /**
   * Unlinks. Keeping the synced items removes the link at once. Removing them keeps the link until
   * its next run, started at once, has deleted from the mailbox the items Exsync copied there (the
   * user's own stay) and then the link. Either way the choice is recorded.
   */
  public void unlink(long linkId, SyncedItems syncedItems, String admin) {
    SyncLink link = existing(linkId);
    if (syncedItems == null) {
      throw new IllegalArgumentException("Choose whether the synced items are kept or removed");
    }
    unlinkings.add(new Unlinking(link, syncedItems, admin, clock.instant()));
    if (syncedItems == SyncedItems.KEEP) {
      links.remove(link);
    } else {
      // The next run of the link removes Exsync's copies from the mailbox, then the link; one
      // that waits for the user's consent removes them once it is given.
      Instant now = clock.instant();
      link.enable(now);
      if (link.getState() == LinkState.PAUSED || link.getState() == LinkState.FAILED) {
        link.resume(now);
      }
      runControl.syncNow(linkId);
    }
  }

  private SyncLink existing(long linkId) {
    return links
        .findById(linkId)
        .orElseThrow(
            () ->
                new ConcurrentEditException(
                    "This link no longer exists: another admin unlinked the user. Reload the"
                        + " page."));
  }

  private void apply(SyncLink link, LinkSettings settings) {
    if (settings.conflictPolicy() == null) {
      throw new IllegalArgumentException("Choose a conflict policy");
    }
    link.changeSyncWindow(settings.pastDays(), settings.futureDays());
    link.changeConflictPolicy(settings.conflictPolicy());
    link.changeContactSelections(settings.contactSelections());
  }

  private static Set<ItemKind> checkedKinds(LinkSettings settings) {
    if (settings.itemKinds().isEmpty()) {
      throw new IllegalArgumentException(
          "Choose at least one of Diary, Task and Contact to keep in step");
    }
    return settings.itemKinds();
  }

  private Rank rank(long rankId) {
    return ranks
        .findById(rankId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No rank with id "
                        + rankId
                        + "; choose a rank or create one on the Ranks page"));
  }
}
