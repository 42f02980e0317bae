package org.exsync.application.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.application.AdminRole;
import org.exsync.application.invitation.InvitationService;
import org.exsync.application.invitation.InviteReport;
import org.exsync.application.invitation.InviteRequest;
import org.exsync.application.scheduling.RunControl;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.link.Unlinking;
import org.exsync.domain.link.UnlinkingRepository;
import org.exsync.domain.run.SyncRunRepository;

/**
 * The linked users as they are now, read afresh on every call so that the admin's table is live,
 * and what the admin does to running links: "sync now" and re-authentication invitations.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class LinkedUsers {

  @Inject private SyncLinkRepository links;
  @Inject private UnlinkingRepository unlinkings;
  @Inject private SyncRunRepository runs;
  @Inject private InvitationService invitations;
  @Inject private RunControl runControl;
  @Inject private Clock clock;

  public List<LinkRow> list(LinkFilter filter) {
    Set<Long> removing =
        unlinkings.listPendingRemovals().stream()
            .map(Unlinking::getLinkId)
            .collect(Collectors.toSet());
    return links.listAll().stream()
        .map(link -> LinkRow.of(link, removing.contains(link.getId())))
        .filter(filter::accepts)
        .sorted(java.util.Comparator.comparing(LinkRow::associateName))
        .toList();
  }

  public Optional<LinkRow> find(long linkId) {
    return links
        .findById(linkId)
        .map(
            link ->
                LinkRow.of(
                    link,
                    unlinkings.listByLinkId(linkId).stream()
                        .anyMatch(Unlinking::isRemovalPending)));
  }

  /**
   * The user a link belonged to before it was unlinked, from the unlinking's record; empty for a
   * link that still exists or never did. Its runs stay, so its history can still be read.
   */
  public Optional<UnlinkedRow> findUnlinked(long linkId) {
    if (links.findById(linkId).isPresent()) {
      return Optional.empty();
    }
    return unlinkings.listByLinkId(linkId).stream().findFirst().map(UnlinkedRow::of);
  }

  /** How many links are in each state; every state is present. */
  public Map<LinkState, Integer> countByState() {
    Map<LinkState, Integer> counts = new EnumMap<>(LinkState.class);
    for (LinkState state : LinkState.values()) {
      counts.put(state, 0);
    }
    links.listAll().forEach(link -> counts.merge(link.getState(), 1, Integer::sum));
    return counts;
  }

  /** The latest sync runs of all links, newest first. */
  public List<RunRow> recentRuns(int max) {
    return runs.listRecent(max).stream().map(RunRow::of).toList();
  }

  /**
   * Asks the scheduler to run the links now. A link that is paused or waiting for re-authentication
   * is left as it is and not counted.
   */
  public int syncNow(List<Long> linkIds) {
    return runControl.syncNow(linkIds);
  }

  /** Sends each linked user a re-authentication invitation at the mailbox's address. */
  public InviteReport reauthenticate(
      List<Long> linkIds, String language, String senderName, String messageText) {
    List<Long> associateIds =
        linkIds.stream()
            .map(links::findById)
            .flatMap(Optional::stream)
            .map(link -> link.getAssociate().getId())
            .toList();
    return invitations.reauthenticate(
        new InviteRequest(associateIds, language, senderName, messageText, true));
  }
}
