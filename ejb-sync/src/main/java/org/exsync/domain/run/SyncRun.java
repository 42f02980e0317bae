package org.exsync.domain.run;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * One run of a link, scheduled or manual: when, how it ended and what it changed. A run keeps the
 * id of its link, the associate's name and the mailbox as they were, and outlives the link: after
 * an unlinking the admin still sees what happened to the user, under the same link id as the
 * unlinking's record.
 */
@Entity
@Table(name = "sync_run")
@NamedQuery(
    name = "SyncRun.findByLink",
    query = "SELECT r FROM SyncRun r WHERE r.linkId = :linkId ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = "SyncRun.findRecent",
    query = "SELECT r FROM SyncRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = "SyncRun.findByLinkId",
    query = "SELECT r FROM SyncRun r WHERE r.linkId = :linkId ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = "SyncRun.countByLinkId",
    query = "SELECT COUNT(r) FROM SyncRun r WHERE r.linkId = :linkId")
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
        "SELECT r.linkId, r.associateName, r.mailboxSmtp, COUNT(r), AVG(r.durationMillis),"
            + " MAX(r.durationMillis) AS longest FROM SyncRun r"
            + " WHERE r.startedAt >= :since AND r.durationMillis IS NOT NULL"
            + " GROUP BY r.linkId, r.associateName, r.mailboxSmtp ORDER BY longest DESC, r.linkId")
@NamedQuery(
    name = "SyncRun.mostThrottledLinks",
    query =
        "SELECT r.linkId, r.associateName, r.mailboxSmtp, COUNT(r) AS throttled,"
            + " SUM(r.backOffMillis), MAX(r.startedAt) AS lastThrottled FROM SyncRun r"
            + " WHERE r.startedAt >= :since AND r.outcome = :throttled"
            + " GROUP BY r.linkId, r.associateName, r.mailboxSmtp"
            + " ORDER BY throttled DESC, lastThrottled DESC, r.linkId")
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

  static final int NAME_LENGTH = 255;

  /** The link's id; no foreign key, so that the run stays when the link is removed. */
  @Column(name = "link_id", nullable = false, updatable = false)
  private long linkId;

  @Column(name = "associate_name", nullable = false, updatable = false, length = NAME_LENGTH)
  private String associateName;

  @Column(
      name = "mailbox_smtp",
      nullable = false,
      updatable = false,
      length = EmailAddresses.MAX_LENGTH)
  private String mailboxSmtp;

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
    Require.present(link, "link");
    this.linkId = Require.present(link.getId(), "link id");
    this.associateName = Require.clipped(link.getAssociate().getName(), NAME_LENGTH);
    this.mailboxSmtp = link.getMailbox().getSmtpAddress();
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

  /** The id of the run's link, which may since have been unlinked. */
  public long getLinkId() {
    return linkId;
  }

  /** The name of the link's associate when the run started. */
  public String getAssociateName() {
    return associateName;
  }

  /** The link's mailbox when the run started. */
  public String getMailboxSmtp() {
    return mailboxSmtp;
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
