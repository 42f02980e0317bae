package org.exsync.domain.mapping;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * Where the next run of a link and item kind picks up: the Exchange sync state (EWS SyncState or a
 * Graph deltaLink) and the CRM watermark, the last SuperOffice change time already seen. Empty
 * values mean a full initial sync.
 */
@Entity
@Table(name = "sync_cursor")
@NamedQuery(
    name = "SyncCursor.findByLinkAndKind",
    query = "SELECT c FROM SyncCursor c WHERE c.link = :link AND c.kind = :kind")
public class SyncCursor {

  /** EWS SyncState values grow with the folder; this is the column's size. */
  public static final int EXCHANGE_SYNC_STATE_LENGTH = 65535;

  @Id
  @SequenceGenerator(
      name = "sync_cursor_seq",
      sequenceName = "sync_cursor_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_cursor_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "link_id", nullable = false, updatable = false)
  private SyncLink link;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, updatable = false, length = 32)
  private ItemKind kind;

  @Column(name = "exchange_sync_state", length = EXCHANGE_SYNC_STATE_LENGTH)
  private String exchangeSyncState;

  @Column(name = "crm_watermark_utc")
  private LocalDateTime crmWatermark;

  protected SyncCursor() {}

  /** A cursor at the very beginning: the next run syncs everything in the window. */
  public SyncCursor(SyncLink link, ItemKind kind) {
    this.link = Require.present(link, "link");
    this.kind = Require.present(kind, "kind");
  }

  /**
   * Moves the cursor past a batch that was applied. The CRM watermark never goes back: SuperOffice
   * changes before it were seen already.
   */
  public void advance(String exchangeSyncState, Instant crmWatermark) {
    String state =
        Require.optionalText(exchangeSyncState, "exchangeSyncState", EXCHANGE_SYNC_STATE_LENGTH);
    Instant current = Utc.fromColumn(this.crmWatermark);
    if (current != null && (crmWatermark == null || crmWatermark.isBefore(current))) {
      throw new IllegalArgumentException(
          "crmWatermark must not go back from "
              + current
              + ", got "
              + crmWatermark
              + "; use restart() for a full sync");
    }
    this.exchangeSyncState = state;
    this.crmWatermark = Utc.toColumn(crmWatermark);
  }

  /** Forgets both positions, so the next run is a full sync. */
  public void restart() {
    exchangeSyncState = null;
    crmWatermark = null;
  }

  public Long getId() {
    return id;
  }

  public SyncLink getLink() {
    return link;
  }

  public ItemKind getKind() {
    return kind;
  }

  /** The opaque Exchange sync state; empty before the first run. */
  public Optional<String> getExchangeSyncState() {
    return Optional.ofNullable(exchangeSyncState);
  }

  /** The time of the latest SuperOffice change already seen; empty before the first run. */
  public Optional<Instant> getCrmWatermark() {
    return Optional.ofNullable(Utc.fromColumn(crmWatermark));
  }

  @Override
  public String toString() {
    return "SyncCursor[id="
        + id
        + ", "
        + kind
        + ", crmWatermark="
        + Utc.fromColumn(crmWatermark)
        + "]";
  }
}
