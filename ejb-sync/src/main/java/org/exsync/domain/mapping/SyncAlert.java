package org.exsync.domain.mapping;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * A run stopped itself: it would have deleted more than the link's share of one side's items, and
 * so deleted nothing. It stays open until an admin acknowledges it.
 */
@Entity
@Table(name = "sync_alert")
@NamedQuery(
    name = "SyncAlert.open",
    query =
        "SELECT a FROM SyncAlert a WHERE a.acknowledgedAt IS NULL"
            + " ORDER BY a.raisedAt DESC, a.id DESC")
public class SyncAlert {

  public static final int MESSAGE_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "sync_alert_seq", sequenceName = "sync_alert_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_alert_seq")
  @Column(name = "id")
  private Long id;

  @Embedded private SyncPair pair;

  @Enumerated(EnumType.STRING)
  @Column(name = "side", nullable = false, length = 32)
  private Side side;

  @Column(name = "would_delete", nullable = false)
  private int wouldDelete;

  @Column(name = "mapped", nullable = false)
  private int mapped;

  @Column(name = "message", nullable = false, length = MESSAGE_LENGTH)
  private String message;

  @Column(name = "raised_at_utc", nullable = false)
  private LocalDateTime raisedAt;

  @Column(name = "acknowledged_at_utc")
  private LocalDateTime acknowledgedAt;

  protected SyncAlert() {}

  public SyncAlert(
      SyncPair pair, Side side, int wouldDelete, int mapped, String message, Instant raisedAt) {
    this.pair = Require.present(pair, "pair");
    this.side = Require.present(side, "side");
    this.wouldDelete = Require.atLeast(wouldDelete, 0, "wouldDelete");
    this.mapped = Require.atLeast(mapped, 0, "mapped");
    this.message =
        Require.clipped(Require.text(message, "message", Integer.MAX_VALUE), MESSAGE_LENGTH);
    this.raisedAt = Utc.toColumn(Require.present(raisedAt, "raisedAt"));
  }

  public void acknowledge(Instant now) {
    this.acknowledgedAt = Utc.toColumn(Require.present(now, "now"));
  }

  public Long getId() {
    return id;
  }

  public SyncPair getPair() {
    return pair;
  }

  public Side getSide() {
    return side;
  }

  public int getWouldDelete() {
    return wouldDelete;
  }

  public int getMapped() {
    return mapped;
  }

  public String getMessage() {
    return message;
  }

  public Instant getRaisedAt() {
    return Utc.fromColumn(raisedAt);
  }

  public Optional<Instant> getAcknowledgedAt() {
    return Optional.ofNullable(Utc.fromColumn(acknowledgedAt));
  }
}
