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
import java.time.temporal.ChronoUnit;
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
    name = "SyncRun.findByLinkId",
    query =
        "SELECT r FROM SyncRun r WHERE r.link.id = :linkId ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = "SyncRun.countByLinkId",
    query = "SELECT COUNT(r) FROM SyncRun r WHERE r.link.id = :linkId")
@NamedQuery(
    name = "SyncRun.figuresByHour",
    query =
        "SELECT r.startedHour, COUNT(r), SUM(r.counts.crmCreated + r.counts.crmUpdated"
            + " + r.counts.crmDeleted + r.counts.exchangeCreated + r.counts.exchangeUpdated"
            + " + r.counts.exchangeDeleted), SUM(CASE WHEN r.outcome = :throttled THEN 1 ELSE 0"
            + " END) FROM SyncRun r WHERE r.startedHour >= :since GROUP BY r.startedHour"
            + " ORDER BY r.startedHour")
@NamedQuery(
    name = "SyncRun.slowestLinks",
    query =
        "SELECT l.id, a.name, m.smtpAddress, COUNT(r), AVG(r.durationMillis),"
            + " MAX(r.durationMillis) AS longest FROM SyncRun r JOIN r.link l JOIN l.associate a"
            + " JOIN l.mailbox m WHERE r.startedAt >= :since AND r.durationMillis IS NOT NULL"
            + " GROUP BY l.id, a.name, m.smtpAddress ORDER BY longest DESC, l.id")
@NamedQuery(
    name = "SyncRun.mostThrottledLinks",
    query =
        "SELECT l.id, a.name, m.smtpAddress, COUNT(r) AS throttled, SUM(r.backOffMillis),"
            + " MAX(r.startedAt) FROM SyncRun r JOIN r.link l JOIN l.associate a JOIN l.mailbox m"
            + " WHERE r.startedAt >= :since AND r.outcome = :throttled"
            + " GROUP BY l.id, a.name, m.smtpAddress ORDER BY throttled DESC, l.id")
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

  /** The hour the run started in, for the figures the dashboard shows per hour. */
  @Column(name = "started_hour_utc", updatable = false)
  private LocalDateTime startedHour;

  @Column(name = "duration_ms")
  private Long durationMillis;

  /** How long a throttled run was asked to wait; null for a run that was not throttled. */
  @Column(name = "back_off_ms")
  private Long backOffMillis;

  protected SyncRun() {}

  /** A run that has just started. */
  public SyncRun(SyncLink link, RunTrigger trigger, Instant startedAt) {
    this.link = Require.present(link, "link");
    this.trigger = Require.present(trigger, "trigger");
    this.startedAt = Utc.toColumn(Require.present(startedAt, "startedAt"));
    this.startedHour = Utc.toColumn(startedAt.truncatedTo(ChronoUnit.HOURS));
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
    this.durationMillis =
        Duration.between(getStartedAt(), getFinishedAt().orElseThrow()).toMillis();
  }

  /**
   * Records that the run ended throttled, with the back-off the throttling side asked for (zero
   * when it did not say).
   */
  public void finishThrottled(
      RunCounts counts, String message, Duration backOff, Instant finishedAt) {
    if (Require.present(backOff, "backOff").isNegative()) {
      throw new IllegalArgumentException("backOff must be zero or more, got " + backOff);
    }
    finish(RunOutcome.THROTTLED, counts, message, finishedAt);
    this.backOffMillis = backOff.toMillis();
  }

  public boolean isFinished() {
    return outcome != RunOutcome.RUNNING;
  }

  /** How long the run took; empty while it runs. */
  public Optional<Duration> getDuration() {
    return getFinishedAt().map(end -> Duration.between(getStartedAt(), end));
  }

  /** How long a throttled run was asked to back off; empty for a run that was not throttled. */
  public Optional<Duration> getBackOff() {
    return Optional.ofNullable(backOffMillis).map(Duration::ofMillis);
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
