package org.exsync.domain.run;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/** One run of a link, scheduled or manual: when, how it ended and what it changed. */
@Entity
@Table(name = "sync_run")
@NamedQuery(
    name = "SyncRun.findByLink",
    query = "SELECT r FROM SyncRun r WHERE r.link = :link ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = "SyncRun.findRecent",
    query = "SELECT r FROM SyncRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = "SyncRun.findByOutcomeStartedBefore",
    query =
        "SELECT r FROM SyncRun r WHERE r.outcome = :outcome AND r.startedAt < :before"
            + " ORDER BY r.startedAt")
public class SyncRun {

  static final int MESSAGE_LENGTH = 4000;

  @Id
  @SequenceGenerator(name = "sync_run_seq", sequenceName = "sync_run_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_run_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "link_id", nullable = false, updatable = false)
  private SyncLink link;

  @Enumerated(EnumType.STRING)
  @Column(name = "run_trigger", nullable = false, updatable = false, length = 32)
  private RunTrigger trigger;

  @Column(name = "started_at_utc", nullable = false, updatable = false)
  private LocalDateTime startedAt;

  @Column(name = "finished_at_utc")
  private LocalDateTime finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 32)
  private RunOutcome outcome;

  @Embedded private RunCounts counts;

  @Column(name = "message", length = MESSAGE_LENGTH)
  private String message;

  protected SyncRun() {}

  /** A run that has just started. */
  public SyncRun(SyncLink link, RunTrigger trigger, Instant startedAt) {
    this.link = Require.present(link, "link");
    this.trigger = Require.present(trigger, "trigger");
    this.startedAt = Utc.toColumn(Require.present(startedAt, "startedAt"));
    this.outcome = RunOutcome.RUNNING;
    this.counts = RunCounts.none();
  }

  /**
   * Records how the run ended. A run finishes once, with an outcome other than RUNNING, not before
   * it started; the message may be null and is cut to 4000 characters.
   */
  public void finish(RunOutcome outcome, RunCounts counts, String message, Instant finishedAt) {
    if (this.outcome != RunOutcome.RUNNING) {
      throw new IllegalStateException(
          "Run "
              + id
              + " already finished at "
              + Utc.fromColumn(this.finishedAt)
              + " as "
              + this.outcome);
    }
    if (Require.present(outcome, "outcome") == RunOutcome.RUNNING) {
      throw new IllegalArgumentException(
          "outcome must be SUCCEEDED, PARTIAL, FAILED or THROTTLED, got RUNNING");
    }
    Require.present(counts, "counts");
    Require.present(finishedAt, "finishedAt");
    if (Utc.truncate(finishedAt).isBefore(getStartedAt())) {
      throw new IllegalArgumentException(
          "finishedAt must not lie before startedAt (" + getStartedAt() + "), got " + finishedAt);
    }
    this.outcome = outcome;
    this.counts = counts;
    this.message = Require.clipped(message, MESSAGE_LENGTH);
    this.finishedAt = Utc.toColumn(finishedAt);
  }

  public boolean isFinished() {
    return outcome != RunOutcome.RUNNING;
  }

  /** How long the run took; empty while it runs. */
  public Optional<Duration> getDuration() {
    return getFinishedAt().map(end -> Duration.between(getStartedAt(), end));
  }

  public Long getId() {
    return id;
  }

  public SyncLink getLink() {
    return link;
  }

  public RunTrigger getTrigger() {
    return trigger;
  }

  public Instant getStartedAt() {
    return Utc.fromColumn(startedAt);
  }

  public Optional<Instant> getFinishedAt() {
    return Optional.ofNullable(Utc.fromColumn(finishedAt));
  }

  public RunOutcome getOutcome() {
    return outcome;
  }

  public RunCounts getCounts() {
    return counts;
  }

  public Optional<String> getMessage() {
    return Optional.ofNullable(message);
  }

  @Override
  public String toString() {
    return "SyncRun[id="
        + id
        + ", trigger="
        + trigger
        + ", startedAt="
        + getStartedAt()
        + ", outcome="
        + outcome
        + ", "
        + counts
        + "]";
  }
}
