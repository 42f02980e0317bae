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
 * One entry of a synced item's history: what a run decided for the item and why, so an admin can
 * answer "why did this item sync, or not". Written with the batch that took the decision; kept for
 * {@value #KEPT_DAYS} days.
 */
@Entity
@Table(name = "sync_item_event")
@NamedQuery(
    name = "SyncItemEvent.pruneOfLink",
    query = "DELETE FROM SyncItemEvent e WHERE e.pair.linkId = :link AND e.occurredAt < :before")
public class SyncItemEvent {

  public static final int KEPT_DAYS = 30;
  public static final int SUBJECT_LENGTH = 200;
  public static final int DETAIL_LENGTH = 2000;

  @Id
  @SequenceGenerator(
      name = "sync_item_event_seq",
      sequenceName = "sync_item_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_item_event_seq")
  @Column(name = "id")
  private Long id;

  @Embedded private SyncPair pair;

  @Column(name = "crm_id", length = ItemMapping.CRM_ID_LENGTH)
  private String crmId;

  @Column(name = "exchange_id", length = ItemMapping.EXCHANGE_ID_LENGTH)
  private String exchangeId;

  @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  /** The engine's ItemEventKind by name. */
  @Column(name = "event_kind", nullable = false, length = 32)
  private String eventKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "side", length = 32)
  private Side side;

  @Column(name = "detail", nullable = false, length = DETAIL_LENGTH)
  private String detail;

  @Column(name = "occurred_at_utc", nullable = false)
  private LocalDateTime occurredAt;

  protected SyncItemEvent() {}

  /**
   * @param ids the item's id on each side; at least one is known
   * @param side the side concerned, or null for both
   */
  public SyncItemEvent(
      SyncPair pair,
      ItemIds ids,
      String subject,
      String eventKind,
      Side side,
      String detail,
      Instant occurredAt) {
    this.pair = Require.present(pair, "pair");
    Require.present(ids, "ids");
    this.crmId = Require.optionalText(ids.crmId(), "crmId", ItemMapping.CRM_ID_LENGTH);
    this.exchangeId =
        Require.optionalText(ids.exchangeId(), "exchangeId", ItemMapping.EXCHANGE_ID_LENGTH);
    if (crmId == null && exchangeId == null) {
      throw new IllegalArgumentException("An item event needs the CRM id or the Exchange id");
    }
    String clipped = Require.clipped(subject, SUBJECT_LENGTH);
    this.subject = clipped == null ? "(no title)" : clipped;
    this.eventKind = Require.text(eventKind, "eventKind", 32);
    this.side = side;
    String why = Require.clipped(detail, DETAIL_LENGTH);
    this.detail = why == null ? "" : why;
    this.occurredAt = Utc.toColumn(Require.present(occurredAt, "occurredAt"));
  }

  public Long getId() {
    return id;
  }

  public SyncPair getPair() {
    return pair;
  }

  public Optional<String> getCrmId() {
    return Optional.ofNullable(crmId);
  }

  public Optional<String> getExchangeId() {
    return Optional.ofNullable(exchangeId);
  }

  public String getSubject() {
    return subject;
  }

  public String getEventKind() {
    return eventKind;
  }

  public Optional<Side> getSide() {
    return Optional.ofNullable(side);
  }

  public String getDetail() {
    return detail;
  }

  public Instant getOccurredAt() {
    return Utc.fromColumn(occurredAt);
  }

  /** An item's id in SuperOffice and in Exchange; either may be unknown (null). */
  public record ItemIds(String crmId, String exchangeId) {}
}
