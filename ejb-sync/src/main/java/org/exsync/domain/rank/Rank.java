package org.exsync.domain.rank;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.Optional;
import org.exsync.domain.shared.Require;

/**
 * A tier of sync links. Position 0 is served first; the interval says how often its links run and
 * the capacity share how much of the throttle budget its ticks may take. A rank may reach its
 * links' mailboxes through its own Exchange service account.
 */
@Entity
@Table(name = "sync_rank")
@NamedQuery(name = "Rank.findByName", query = "SELECT r FROM Rank r WHERE r.name = :name")
@NamedQuery(name = "Rank.findAll", query = "SELECT r FROM Rank r ORDER BY r.position")
public class Rank {

  static final int NAME_LENGTH = 100;

  @Id
  @SequenceGenerator(name = "sync_rank_seq", sequenceName = "sync_rank_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_rank_seq")
  @Column(name = "id")
  private Long id;

  @Column(name = "name", nullable = false, unique = true, length = NAME_LENGTH)
  private String name;

  @Column(name = "rank_position", nullable = false, unique = true)
  private int position;

  @Column(name = "interval_seconds", nullable = false)
  private int intervalSeconds;

  @Column(name = "capacity_share_percent", nullable = false)
  private int capacitySharePercent;

  /** The account the rank's links reach their mailboxes through; null for their own access. */
  @Embedded private RankServiceAccount serviceAccount;

  /** The rank new links go to unless the admin chooses another; one rank is it. */
  @Column(name = "default_rank", nullable = false)
  private boolean defaultRank;

  protected Rank() {}

  /** A rank without its own service account. */
  public Rank(String name, int position, Duration interval, int capacitySharePercent) {
    rename(name);
    moveTo(position);
    changeInterval(interval);
    changeCapacityShare(capacitySharePercent);
  }

  public void rename(String name) {
    this.name = Require.text(name, "name", NAME_LENGTH);
  }

  /** Sets the rank's place in the order; 0 comes first. */
  public void moveTo(int position) {
    this.position = Require.atLeast(position, 0, "position");
  }

  /** Sets how often links of this rank run: at least one second, in whole seconds. */
  public void changeInterval(Duration interval) {
    Require.present(interval, "interval");
    if (interval.getSeconds() < 1 || interval.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "interval must be between 1 second and "
              + Integer.MAX_VALUE
              + " seconds, got "
              + interval);
    }
    if (interval.getNano() != 0) {
      throw new IllegalArgumentException(
          "interval must be a whole number of seconds, got " + interval);
    }
    this.intervalSeconds = (int) interval.getSeconds();
  }

  /** Sets the percentage (1 to 100) of the sync capacity this rank may use. */
  public void changeCapacityShare(int percent) {
    this.capacitySharePercent = Require.between(percent, 1, 100, "capacitySharePercent");
  }

  /**
   * Lets this rank's links reach their mailboxes through the service account, by impersonation, and
   * so spend its throttling budget instead of their own.
   */
  public void useServiceAccount(RankServiceAccount account) {
    this.serviceAccount = Require.present(account, "account");
  }

  /** Lets this rank's links reach their mailboxes with their own access again. */
  public void clearServiceAccount() {
    this.serviceAccount = null;
  }

  /** Makes this the rank new links go to; the caller takes the mark from the previous one. */
  public void makeDefault() {
    this.defaultRank = true;
  }

  /** Another rank became the default. */
  public void stopBeingDefault() {
    this.defaultRank = false;
  }

  public boolean isDefault() {
    return defaultRank;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public Duration getInterval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  public int getCapacitySharePercent() {
    return capacitySharePercent;
  }

  public Optional<RankServiceAccount> getServiceAccount() {
    return Optional.ofNullable(serviceAccount);
  }

  @Override
  public String toString() {
    return "Rank[id="
        + id
        + ", name="
        + name
        + ", position="
        + position
        + ", interval="
        + getInterval()
        + "]";
  }
}
