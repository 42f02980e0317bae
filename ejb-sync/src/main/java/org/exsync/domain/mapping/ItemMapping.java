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
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * One SuperOffice item and its Exchange counterpart within a link. The versions say what each side
 * held when Exsync last synced; the content hash is the canonical content Exsync last wrote, so a
 * change that comes back with the same hash is Exsync's own echo.
 */
@Entity
@Table(name = "item_mapping")
@NamedQuery(
    name = "ItemMapping.findByCrmId",
    query =
        "SELECT m FROM ItemMapping m WHERE m.link = :link AND m.kind = :kind AND m.crmId = :crmId")
@NamedQuery(
    name = "ItemMapping.findByExchangeId",
    query =
        "SELECT m FROM ItemMapping m WHERE m.link = :link AND m.kind = :kind"
            + " AND m.exchangeId = :exchangeId")
@NamedQuery(
    name = "ItemMapping.findByLinkAndKind",
    query = "SELECT m FROM ItemMapping m WHERE m.link = :link AND m.kind = :kind ORDER BY m.crmId")
@NamedQuery(
    name = "ItemMapping.countByLinkKindAndState",
    query =
        "SELECT COUNT(m) FROM ItemMapping m WHERE m.link = :link AND m.kind = :kind"
            + " AND m.state = :state")
public class ItemMapping {

  static final int VERSION_LENGTH = 64;
  static final int EXCHANGE_ID_LENGTH = 512;
  static final int HASH_LENGTH = 128;

  @Id
  @SequenceGenerator(
      name = "item_mapping_seq",
      sequenceName = "item_mapping_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_mapping_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "link_id", nullable = false, updatable = false)
  private SyncLink link;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, updatable = false, length = 32)
  private ItemKind kind;

  @Column(name = "crm_id", nullable = false, updatable = false)
  private int crmId;

  @Column(name = "crm_version", nullable = false, length = VERSION_LENGTH)
  private String crmVersion;

  @Column(name = "exchange_id", nullable = false, length = EXCHANGE_ID_LENGTH)
  private String exchangeId;

  @Column(name = "exchange_change_key", nullable = false, length = EXCHANGE_ID_LENGTH)
  private String exchangeChangeKey;

  @Column(name = "content_hash", nullable = false, length = HASH_LENGTH)
  private String contentHash;

  @Column(name = "last_synced_at_utc", nullable = false)
  private LocalDateTime lastSyncedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private MappingState state;

  protected ItemMapping() {}

  /** A freshly synced pair; the link must keep items of that kind in step. */
  public ItemMapping(
      SyncLink link,
      ItemKind kind,
      int crmId,
      String crmVersion,
      String exchangeId,
      String exchangeChangeKey,
      String contentHash,
      Instant now) {
    this.link = Require.present(link, "link");
    this.kind = Require.present(kind, "kind");
    if (!link.syncs(kind)) {
      throw new IllegalArgumentException(
          "Link " + link.getId() + " keeps " + link.itemKinds() + " in step, not " + kind);
    }
    this.crmId = Require.atLeast(crmId, 1, "crmId");
    store(crmVersion, exchangeId, exchangeChangeKey, contentHash, now);
  }

  /**
   * Both sides now hold the given versions; the Exchange id changes when an item moves between
   * folders. A conflict counts as resolved.
   */
  public void recordSynced(
      String crmVersion,
      String exchangeId,
      String exchangeChangeKey,
      String contentHash,
      Instant now) {
    requireNotTombstone("record a sync of");
    store(crmVersion, exchangeId, exchangeChangeKey, contentHash, now);
  }

  /** Both sides changed and the link's policy left the decision to an admin. */
  public void markConflict(Instant now) {
    requireNotTombstone("mark a conflict on");
    state = MappingState.CONFLICT;
    lastSyncedAt = Utc.toColumn(Require.present(now, "now"));
  }

  /** The item is gone from both sides; the mapping stays to explain the deletion. */
  public void tombstone(Instant now) {
    requireNotTombstone("tombstone");
    state = MappingState.TOMBSTONE;
    lastSyncedAt = Utc.toColumn(Require.present(now, "now"));
  }

  /** Whether content with this hash is what Exsync itself last wrote, so a change is an echo. */
  public boolean isEchoOf(String hash) {
    return contentHash.equals(hash);
  }

  private void store(String version, String id, String changeKey, String hash, Instant now) {
    String checkedVersion = Require.text(version, "crmVersion", VERSION_LENGTH);
    String checkedId = Require.text(id, "exchangeId", EXCHANGE_ID_LENGTH);
    String checkedChangeKey = Require.text(changeKey, "exchangeChangeKey", EXCHANGE_ID_LENGTH);
    String checkedHash = Require.text(hash, "contentHash", HASH_LENGTH);
    this.lastSyncedAt = Utc.toColumn(Require.present(now, "now"));
    this.crmVersion = checkedVersion;
    this.exchangeId = checkedId;
    this.exchangeChangeKey = checkedChangeKey;
    this.contentHash = checkedHash;
    this.state = MappingState.SYNCED;
  }

  private void requireNotTombstone(String action) {
    if (state == MappingState.TOMBSTONE) {
      throw new IllegalStateException(
          "Cannot "
              + action
              + " "
              + this
              + ": it is a tombstone since "
              + Utc.fromColumn(lastSyncedAt)
              + "; a tombstone never changes");
    }
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

  public int getCrmId() {
    return crmId;
  }

  public String getCrmVersion() {
    return crmVersion;
  }

  public String getExchangeId() {
    return exchangeId;
  }

  public String getExchangeChangeKey() {
    return exchangeChangeKey;
  }

  public String getContentHash() {
    return contentHash;
  }

  public Instant getLastSyncedAt() {
    return Utc.fromColumn(lastSyncedAt);
  }

  public MappingState getState() {
    return state;
  }

  @Override
  public String toString() {
    return "ItemMapping[id=" + id + ", " + kind + ", crmId=" + crmId + ", state=" + state + "]";
  }
}
