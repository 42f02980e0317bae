package org.exsync.domain.link;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.shared.ItemKind;
import org.exsync.domain.shared.Require;

/**
 * Keeps one associate's SuperOffice items in step with one mailbox. The version makes two
 * simultaneous claims of a run fail instead of both succeeding.
 */
@Entity
@Table(name = "sync_link")
@NamedQuery(
    name = "SyncLink.findByAssociate",
    query = "SELECT l FROM SyncLink l WHERE l.associate = :associate")
@NamedQuery(
    name = "SyncLink.findByMailbox",
    query = "SELECT l FROM SyncLink l WHERE l.mailbox = :mailbox ORDER BY l.id")
@NamedQuery(name = "SyncLink.findAll", query = "SELECT l FROM SyncLink l ORDER BY l.id")
@NamedQuery(
    name = "SyncLink.findDue",
    query =
        "SELECT l FROM SyncLink l WHERE l.rank = :rank AND l.enabled = TRUE"
            + " AND l.schedule.nextRunAt <= :now"
            + " AND (l.schedule.state IN (org.exsync.domain.link.LinkState.IDLE,"
            + " org.exsync.domain.link.LinkState.FAILED)"
            + " OR (l.schedule.state = org.exsync.domain.link.LinkState.RUNNING"
            + " AND l.schedule.leaseUntil <= :now))"
            + " ORDER BY l.schedule.nextRunAt, l.id")
public class SyncLink {

  public static final int DEFAULT_PAST_DAYS = 30;
  public static final int DEFAULT_FUTURE_DAYS = 365;

  @Id
  @SequenceGenerator(name = "sync_link_seq", sequenceName = "sync_link_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_link_seq")
  @Column(name = "id")
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "associate_id", nullable = false, unique = true, updatable = false)
  private Associate associate;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mailbox_id", nullable = false, updatable = false)
  private Mailbox mailbox;

  @Embedded private ItemKindSelection itemKinds;

  @ManyToOne(optional = false)
  @JoinColumn(name = "rank_id", nullable = false)
  private Rank rank;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "sync_window_past_days", nullable = false)
  private int syncWindowPastDays;

  @Column(name = "sync_window_future_days", nullable = false)
  private int syncWindowFutureDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "conflict_policy", nullable = false, length = 32)
  private ConflictPolicy conflictPolicy;

  @Embedded private RunSchedule schedule;

  /** SuperOffice selections whose member persons this link keeps as contacts. */
  @ElementCollection
  @CollectionTable(name = "sync_link_selection", joinColumns = @JoinColumn(name = "link_id"))
  @Column(name = "selection_id", nullable = false)
  private Set<Integer> contactSelections = new TreeSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SyncLink() {}

  /**
   * An enabled link, due at once, with the default sync window and {@link
   * ConflictPolicy#LAST_MODIFIED_WINS}.
   */
  public SyncLink(
      Associate associate, Mailbox mailbox, Set<ItemKind> itemKinds, Rank rank, Instant now) {
    this.associate = Require.present(associate, "associate");
    this.mailbox = Require.present(mailbox, "mailbox");
    changeItemKinds(itemKinds);
    assignRank(rank);
    changeSyncWindow(DEFAULT_PAST_DAYS, DEFAULT_FUTURE_DAYS);
    changeConflictPolicy(ConflictPolicy.LAST_MODIFIED_WINS);
    this.enabled = true;
    this.schedule = new RunSchedule(now);
  }

  /** Chooses the item kinds to keep in step; at least one. */
  public void changeItemKinds(Set<ItemKind> itemKinds) {
    this.itemKinds = ItemKindSelection.of(itemKinds);
  }

  /** The item kinds this link keeps in step, never empty. */
  public Set<ItemKind> itemKinds() {
    return itemKinds.toSet();
  }

  public boolean syncs(ItemKind kind) {
    return itemKinds.contains(kind);
  }

  /**
   * Chooses the SuperOffice selections whose members are kept as contacts; any number, none
   * included. They are synced only while the link syncs {@link ItemKind#CONTACT}.
   */
  public void changeContactSelections(Set<Integer> selectionIds) {
    Require.present(selectionIds, "selectionIds");
    for (Integer selectionId : selectionIds) {
      if (selectionId == null || selectionId < 1) {
        throw new IllegalArgumentException(
            "A SuperOffice selection id is a positive number, got " + selectionId);
      }
    }
    contactSelections.clear();
    contactSelections.addAll(selectionIds);
  }

  /** The ids of the selections kept as contacts, in ascending order. */
  public Set<Integer> contactSelections() {
    return new TreeSet<>(contactSelections);
  }

  public void assignRank(Rank rank) {
    this.rank = Require.present(rank, "rank");
  }

  /**
   * An admin moved the link to another rank: it comes due at once, so the new rank's next tick runs
   * it with that rank's access, and its interval counts from there. A link that waited for its user
   * to sign in again no longer needs that once its rank's service account reaches the mailbox.
   */
  public void moveToRank(Rank rank, Instant now) {
    assignRank(rank);
    Require.present(now, "now");
    if (rank.getServiceAccount().isPresent()) {
      resumeAfterReauthentication(now);
    }
    schedule.dueBy(now);
  }

  /** Sets how many days before and after today diary items and tasks are kept in step. */
  public void changeSyncWindow(int pastDays, int futureDays) {
    Require.atLeast(pastDays, 0, "syncWindowPastDays");
    this.syncWindowFutureDays = Require.atLeast(futureDays, 0, "syncWindowFutureDays");
    this.syncWindowPastDays = pastDays;
  }

  public void changeConflictPolicy(ConflictPolicy policy) {
    this.conflictPolicy = Require.present(policy, "conflictPolicy");
  }

  /** Lets the scheduler run the link again, from now on. */
  public void enable(Instant now) {
    enabled = true;
    schedule.runNow(now);
  }

  /** Keeps the scheduler away from the link; a run in progress finishes. */
  public void disable() {
    enabled = false;
  }

  /** Makes the link due at once, unless it runs or waits for re-authentication or an admin. */
  public void runNow(Instant now) {
    schedule.runNow(now);
  }

  /** Whether a scheduler tick at that moment may claim the link. */
  public boolean isDueAt(Instant now) {
    return enabled && schedule.isDueAt(now);
  }

  /** Takes the link for one run by the given instance until now plus the lease duration. */
  public void claim(String owner, Instant now, Duration leaseDuration) {
    if (!isDueAt(now)) {
      throw new IllegalStateException(
          "Cannot claim link "
              + id
              + " at "
              + now
              + ": it is not due (enabled "
              + enabled
              + ", "
              + schedule
              + ")");
    }
    schedule.lease(owner, now, leaseDuration);
  }

  /** The run finished, wholly or partly; the next one is due one rank interval later. */
  public void completeRun(String owner, Instant now) {
    schedule.endRun(owner, now, Require.present(now, "now").plus(rank.getInterval()), null);
  }

  /** The run failed; the link is retried one rank interval later. */
  public void failRun(String owner, String error, Instant now) {
    Require.text(error, "error", Integer.MAX_VALUE);
    schedule.endRun(owner, now, Require.present(now, "now").plus(rank.getInterval()), error);
  }

  /** Exchange asked to back off; the link runs again at retryAt and keeps its last outcome. */
  public void postponeRun(String owner, Instant retryAt) {
    schedule.postpone(owner, retryAt);
  }

  /**
   * SuperOffice announced changes of the link's associate (a webhook): the link is due at its
   * rank's next tick and goes before links without changes.
   */
  public void markChangesPending(Instant now) {
    schedule.noteChangesPending(now);
  }

  /** An admin's "sync now": due at once, recorded as a manual run; held links stay held. */
  public void requestRun(Instant now) {
    schedule.requestRun(now);
  }

  /** The run keeps its lease for another lease duration from now. */
  public void renewLease(String owner, Instant now, Duration leaseDuration) {
    schedule.renewLease(owner, now, leaseDuration);
  }

  /** Whether the given instance holds the link's lease for a run now. */
  public boolean isLeasedBy(String owner) {
    return schedule.getState() == LinkState.RUNNING
        && schedule.getLeaseOwner().filter(owner::equals).isPresent();
  }

  /** The mailbox grant stopped working; the link waits for the user's new consent. */
  public void markNeedsReauthentication(String reason) {
    schedule.hold(LinkState.NEEDS_REAUTHENTICATION, reason);
  }

  /** The user consented again: the link resumes at once. Any other state stays as it is. */
  public void resumeAfterReauthentication(Instant now) {
    if (schedule.getState() == LinkState.NEEDS_REAUTHENTICATION) {
      schedule.release(now);
    }
  }

  /** Stops the link for an admin to look at, for example after a run that would delete too much. */
  public void pause(String reason) {
    schedule.hold(LinkState.PAUSED, reason);
  }

  /** An admin lets a paused or failed link run again, at once. */
  public void resume(Instant now) {
    LinkState state = schedule.getState();
    if (state != LinkState.PAUSED && state != LinkState.FAILED) {
      throw new IllegalStateException(
          "Cannot resume link "
              + id
              + ": it is "
              + state
              + ", and only PAUSED or FAILED links"
              + " can be resumed");
    }
    schedule.release(now);
  }

  public Long getId() {
    return id;
  }

  public Associate getAssociate() {
    return associate;
  }

  public Mailbox getMailbox() {
    return mailbox;
  }

  public Rank getRank() {
    return rank;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Shortcut for {@code getSchedule().getState()}. */
  public LinkState getState() {
    return schedule.getState();
  }

  /** The run state, last and next run, last error and lease. */
  public RunSchedule getSchedule() {
    return schedule;
  }

  public int getSyncWindowPastDays() {
    return syncWindowPastDays;
  }

  public int getSyncWindowFutureDays() {
    return syncWindowFutureDays;
  }

  public ConflictPolicy getConflictPolicy() {
    return conflictPolicy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return "SyncLink[id="
        + id
        + ", associate="
        + associate.getCrmId()
        + ", mailbox="
        + mailbox.getSmtpAddress()
        + ", "
        + schedule
        + "]";
  }
}
