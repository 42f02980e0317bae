package org.exsync.domain.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/** Why a mapping ended: a deletion on one side, or an item that left the window or a selection. */
@Entity
@Table(name = "sync_tombstone")
@NamedQuery(
    name = "MappingTombstone.recentOfLink",
    query =
        "SELECT t FROM MappingTombstone t WHERE t.pair.linkId = :link"
            + " ORDER BY t.removedAt DESC, t.id DESC")
public class MappingTombstone {

  @Id
  @SequenceGenerator(
      name = "sync_tombstone_seq",
      sequenceName = "sync_tombstone_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_tombstone_seq")
  @Column(name = "id")
  private Long id;

  @Embedded private SyncPair pair;

  @Column(name = "crm_id", nullable = false, length = ItemMapping.CRM_ID_LENGTH)
  private String crmId;

  @Column(name = "exchange_id", nullable = false, length = ItemMapping.EXCHANGE_ID_LENGTH)
  private String exchangeId;

  @Column(name = "title", nullable = false, length = SyncConflict.TITLE_LENGTH)
  private String title;

  /** The engine's TombstoneReason by name. */
  @Column(name = "reason", nullable = false, length = 32)
  private String reason;

  @Column(name = "removed_at_utc", nullable = false)
  private LocalDateTime removedAt;

  protected MappingTombstone() {}

  public MappingTombstone(
      SyncPair pair,
      String crmId,
      String exchangeId,
      String title,
      String reason,
      Instant removedAt) {
    this.pair = Require.present(pair, "pair");
    this.crmId = Require.text(crmId, "crmId", ItemMapping.CRM_ID_LENGTH);
    this.exchangeId = Require.text(exchangeId, "exchangeId", ItemMapping.EXCHANGE_ID_LENGTH);
    this.title =
        Require.clipped(
            title == null || title.isBlank() ? "(no title)" : title, SyncConflict.TITLE_LENGTH);
    this.reason = Require.text(reason, "reason", 32);
    this.removedAt = Utc.toColumn(Require.present(removedAt, "removedAt"));
  }

  public Long getId() {
    return id;
  }

  public SyncPair getPair() {
    return pair;
  }

  public String getCrmId() {
    return crmId;
  }

  public String getExchangeId() {
    return exchangeId;
  }

  public String getTitle() {
    return title;
  }

  public String getReason() {
    return reason;
  }

  public Instant getRemovedAt() {
    return Utc.fromColumn(removedAt);
  }
}
