package org.exsync.application.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.application.link.ConcurrentEditException;
import org.exsync.application.scheduling.RunControl;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mapping.ConflictSearch;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.SyncConflict;
import org.exsync.domain.mapping.SyncHistoryRepository;
import org.exsync.domain.run.Side;

/**
 * The admin's review of the conflicts the engine recorded: list and filter them, see both versions
 * field by field beside what was kept, and take the other version. An override is stored with the
 * conflict and applied by the link's next run, which is asked for at once; the run writes the
 * chosen version to both sides. An override names the conflict's version the admin saw, so two
 * admins overriding the same conflict meet a clear refusal rather than one silently replacing the
 * other.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class ConflictReview {

  @Inject private SyncHistoryRepository history;
  @Inject private ItemMappingRepository mappings;
  @Inject private SyncLinkRepository links;
  @Inject private RunControl runControl;
  @Inject private Clock clock;

  /** The conflicts matching the search, newest first, from the first'th on. */
  public List<ConflictRow> list(ConflictSearch search, int first, int max) {
    Map<Long, Optional<SyncLink>> seen = new HashMap<>();
    return history.searchConflicts(search, first, max).stream()
        .map(c -> row(c, seen.computeIfAbsent(c.getPair().linkId(), links::findById)))
        .toList();
  }

  public long count(ConflictSearch search) {
    return history.countConflicts(search);
  }

  /** The linked users, to filter by, in name order. */
  public List<LinkChoice> users() {
    return links.listAll().stream()
        .map(
            link ->
                new LinkChoice(
                    link.getId(),
                    link.getAssociate().getName()
                        + " ("
                        + link.getMailbox().getSmtpAddress()
                        + ")"))
        .sorted(Comparator.comparing(LinkChoice::label))
        .toList();
  }

  /** The conflict with both versions field by field, or empty if it no longer exists. */
  public Optional<ConflictDetail> detail(long conflictId) {
    return history
        .findConflict(conflictId)
        .map(
            c -> {
              SyncConflict.Versions v = c.versions();
              return new ConflictDetail(
                  row(c, links.findById(c.getPair().linkId())),
                  ConflictFields.compare(v.crm(), v.exchange(), v.result()));
            });
  }

  /**
   * Takes one side's version of the conflict instead of the policy's choice and asks for a run of
   * the link now, which writes it to both sides.
   *
   * @param seenVersion the conflict's version as the admin's page showed it
   * @param admin who overrides, for the record
   * @throws ConcurrentEditException when another admin overrode it, or a run settled an override,
   *     since the admin looked, or the user was unlinked
   * @throws OverrideRefusal when the item changed again since the conflict or is no longer synced,
   *     or the side is the version both sides hold already
   */
  public ConflictRow override(long conflictId, Side take, long seenVersion, String admin) {
    if (take == null) {
      throw new IllegalArgumentException("Choose whose version to take: SuperOffice or Exchange");
    }
    SyncConflict conflict =
        history
            .findConflict(conflictId)
            .orElseThrow(
                () ->
                    new ConcurrentEditException(
                        "This conflict no longer exists: its user was unlinked since you opened"
                            + " it. Reload the page."));
    if (conflict.getVersion() != seenVersion) {
      throw new ConcurrentEditException(
          "Another admin overrode the conflict of '"
              + conflict.getTitle()
              + "' since you opened it; nothing was changed. Reload the page to see where it"
              + " stands.");
    }
    checkUnchangedSince(conflict);
    Instant now = clock.instant();
    try {
      conflict.requestOverride(take, admin, now);
    } catch (IllegalStateException refused) {
      throw new OverrideRefusal(refused.getMessage());
    }
    long linkId = conflict.getPair().linkId();
    runControl.syncNow(linkId);
    return row(conflict, links.findById(linkId));
  }

  /** The mapping still is as the conflict's run left it; else the newer change stands. */
  private void checkUnchangedSince(SyncConflict conflict) {
    Optional<ItemMapping> mapping = mappings.findByCrmId(conflict.getPair(), conflict.getCrmId());
    if (mapping.isEmpty()) {
      throw new OverrideRefusal(
          "'"
              + conflict.getTitle()
              + "' is no longer synced (deleted, or out of the sync window or selection) since the"
              + " conflict, so there is nothing to override.");
    }
    if (mapping.get().getLastSyncedAt().isAfter(conflict.getDecidedAt())) {
      throw new OverrideRefusal(
          "'"
              + conflict.getTitle()
              + "' changed again after the conflict (synced since at "
              + mapping.get().getLastSyncedAt()
              + "), so the newer change stands; nothing was overridden.");
    }
  }

  private static ConflictRow row(SyncConflict conflict, Optional<SyncLink> link) {
    return ConflictRow.of(
        conflict,
        link.map(l -> l.getAssociate().getName()).orElse("(unlinked)"),
        link.map(l -> l.getMailbox().getSmtpAddress()).orElse(""));
  }
}
