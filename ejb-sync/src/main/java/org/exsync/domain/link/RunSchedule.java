package org.exsync.domain.link;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * When a sync link runs and who runs it. A run is claimed with a lease (owner and expiry) so that
 * several server instances never run the same link at once; a lease whose holder died expires and
 * the link becomes due again. Only {@link SyncLink} changes it.
 */
@Embeddable
public class RunSchedule {

  static final int LAST_ERROR_LENGTH = 2000;
  static final int LEASE_OWNER_LENGTH = 128;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private LinkState state;

  @Column(name = "last_run_at_utc")
  private LocalDateTime lastRunAt;

  @Column(name = "next_run_at_utc", nullable = false)
  private LocalDateTime nextRunAt;

  @Column(name = "last_error", length = LAST_ERROR_LENGTH)
  private String lastError;

  @Column(name = "lease_owner", length = LEASE_OWNER_LENGTH)
  private String leaseOwner;

  @Column(name = "lease_until_utc")
  private LocalDateTime leaseUntil;

  /** Since when SuperOffice announced changes the link has not run for yet; null when none. */
  @Column(name = "changes_pending_since_utc")
  private LocalDateTime changesPendingSince;

  /** Whether an admin asked for a run ("sync now") that has not started yet. */
  @Column(name = "run_requested", nullable = false)
  private boolean runRequested;

  protected RunSchedule() {}

  /** Idle and due at the given moment. */
  RunSchedule(Instant firstRunAt) {
    state = LinkState.IDLE;
    nextRunAt = Utc.toColumn(Require.present(firstRunAt, "firstRunAt"));
  }

  /** Whether the schedule lets a run start at that moment. */
  boolean isDueAt(Instant now) {
    Require.present(now, "now");
    boolean free =
        state == LinkState.IDLE
            || state == LinkState.FAILED
            || (state == LinkState.RUNNING && !now.isBefore(Utc.fromColumn(leaseUntil)));
    return free && !now.isBefore(Utc.fromColumn(nextRunAt));
  }

  void runNow(Instant now) {
    Require.present(now, "now");
    if (state == LinkState.IDLE || state == LinkState.FAILED) {
      nextRunAt = Utc.toColumn(now);
    }
  }

  void lease(String owner, Instant now, Duration leaseDuration) {
    String checkedOwner = Require.text(owner, "owner", LEASE_OWNER_LENGTH);
    Require.present(leaseDuration, "leaseDuration");
    if (leaseDuration.isNegative() || leaseDuration.isZero()) {
      throw new IllegalArgumentException("leaseDuration must be positive, got " + leaseDuration);
    }
    leaseOwner = checkedOwner;
    leaseUntil = Utc.toColumn(now.plus(leaseDuration));
    state = LinkState.RUNNING;
    changesPendingSince = null;
    runRequested = false;
  }

  /** Keeps the lease of a run that is still going for another lease duration from now. */
  void renewLease(String owner, Instant now, Duration leaseDuration) {
    requireLease(owner);
    leaseUntil = Utc.toColumn(Require.present(now, "now").plus(leaseDuration));
  }

  /**
   * Changes are waiting in SuperOffice: the link is due at once if it is idle or failed, and,
   * should a run be going, runs again right after it.
   */
  void noteChangesPending(Instant now) {
    if (changesPendingSince == null) {
      changesPendingSince = Utc.toColumn(Require.present(now, "now"));
    }
    dueBy(now);
  }

  /** An admin asked for a run now; a link that waits for a person keeps waiting. */
  void requestRun(Instant now) {
    runRequested = true;
    dueBy(now);
  }

  /** Due at once if the link is idle or failed and its next run lies later. */
  void dueBy(Instant now) {
    if ((state == LinkState.IDLE || state == LinkState.FAILED)
        && Utc.fromColumn(nextRunAt).isAfter(now)) {
      nextRunAt = Utc.toColumn(now);
    }
  }

  void endRun(String owner, Instant now, Instant next, String error) {
    requireLease(owner);
    lastRunAt = Utc.toColumn(Require.present(now, "now"));
    lastError = Require.clipped(error, LAST_ERROR_LENGTH);
    Require.present(next, "next");
    // Changes announced or a run asked for while this one ran: the next tick takes the link.
    boolean waiting = changesPendingSince != null || runRequested;
    nextRunAt = Utc.toColumn(waiting && next.isAfter(now) ? now : next);
    state = error == null ? LinkState.IDLE : LinkState.FAILED;
    releaseLease();
  }

  void postpone(String owner, Instant retryAt) {
    requireLease(owner);
    nextRunAt = Utc.toColumn(Require.present(retryAt, "retryAt"));
    state = lastError == null ? LinkState.IDLE : LinkState.FAILED;
    releaseLease();
  }

  /** Stops runs in a state only a user or an admin ends, with the reason. */
  void hold(LinkState heldState, String reason) {
    Require.text(reason, "reason", Integer.MAX_VALUE);
    state = heldState;
    lastError = Require.clipped(reason, LAST_ERROR_LENGTH);
    releaseLease();
  }

  /** Ends a hold in the given state: idle and due at once. */
  void release(Instant now) {
    state = LinkState.IDLE;
    lastError = null;
    nextRunAt = Utc.toColumn(Require.present(now, "now"));
  }

  private void requireLease(String owner) {
    if (state != LinkState.RUNNING || owner == null || !owner.equals(leaseOwner)) {
      throw new IllegalStateException(
          "Cannot end a run for " + owner + ": the link is " + this + ", not leased by " + owner);
    }
  }

  private void releaseLease() {
    leaseOwner = null;
    leaseUntil = null;
  }

  public LinkState getState() {
    return state;
  }

  public Optional<Instant> getLastRunAt() {
    return Optional.ofNullable(Utc.fromColumn(lastRunAt));
  }

  public Instant getNextRunAt() {
    return Utc.fromColumn(nextRunAt);
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<String> getLeaseOwner() {
    return Optional.ofNullable(leaseOwner);
  }

  public Optional<Instant> getLeaseUntil() {
    return Optional.ofNullable(Utc.fromColumn(leaseUntil));
  }

  /** Since when SuperOffice announced changes no run has taken yet. */
  public Optional<Instant> getChangesPendingSince() {
    return Optional.ofNullable(Utc.fromColumn(changesPendingSince));
  }

  /** Whether an admin's "sync now" waits for its run. */
  public boolean isRunRequested() {
    return runRequested;
  }

  @Override
  public String toString() {
    return state
        + " (next run "
        + Utc.fromColumn(nextRunAt)
        + ", leased by "
        + leaseOwner
        + " until "
        + Utc.fromColumn(leaseUntil)
        + ")";
  }
}
