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
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * One SuperOffice item and its Exchange counterpart within a sync pair: the version and content
 * hash each side held after the last sync (a change that comes back with that hash is Exsync's own
 * echo), and a snapshot of the content last synced, for the field-level merge of a later conflict.
 */
@Entity
@Table(name = "item_mapping")
@NamedQuery(
    name = "ItemMapping.listByPair",
    query =
        "SELECT m FROM ItemMapping m WHERE m.pair.linkId = :link AND m.pair.kind = :kind"
            + " AND m.pair.scope = :scope")
@NamedQuery(
    name = "ItemMapping.findByCrmId",
    query =
        "SELECT m FROM ItemMapping m WHERE m.pair.linkId = :link AND m.pair.kind = :kind"
            + " AND m.pair.scope = :scope AND m.crmId = :crmId")
@NamedQuery(
    name = "ItemMapping.countByLink",
    query = "SELECT COUNT(m) FROM ItemMapping m WHERE m.pair.linkId = :link")
@NamedQuery(
    name = "ItemMapping.deleteByLink",
    query = "DELETE FROM ItemMapping m WHERE m.pair.linkId = :link")
public class ItemMapping {

  public static final int CRM_ID_LENGTH = 64;
  public static final int VERSION_LENGTH = 64;
  public static final int EXCHANGE_ID_LENGTH = 512;
  public static final int HASH_LENGTH = 128;
  public static final int SNAPSHOT_LENGTH = 1_000_000;

  @Id
  @SequenceGenerator(
      name = "item_mapping_seq",
      sequenceName = "item_mapping_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_mapping_seq")
  @Column(name = "id")
  private Long id;

  @Embedded private SyncPair pair;

  @Column(name = "crm_id", nullable = false, updatable = false, length = CRM_ID_LENGTH)
  private String crmId;

  @Column(name = "crm_version", nullable = false, length = VERSION_LENGTH)
  private String crmVersion;

  @Column(name = "crm_hash", nullable = false, length = HASH_LENGTH)
  private String crmHash;

  @Column(name = "exchange_id", nullable = false, length = EXCHANGE_ID_LENGTH)
  private String exchangeId;

  @Column(name = "exchange_version", nullable = false, length = EXCHANGE_ID_LENGTH)
  private String exchangeVersion;

  @Column(name = "exchange_hash", nullable = false, length = HASH_LENGTH)
  private String exchangeHash;

  @Column(name = "snapshot", nullable = false, length = SNAPSHOT_LENGTH)
  private String snapshot;

  @Column(name = "last_synced_at_utc", nullable = false)
  private LocalDateTime lastSyncedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, updatable = false, length = 16)
  private ItemOrigin origin;

  protected ItemMapping() {}

  public ItemMapping(
      SyncPair pair, String crmId, Sides sides, Instant syncedAt, ItemOrigin origin) {
    this.pair = Require.present(pair, "pair");
    this.crmId = Require.text(crmId, "crmId", CRM_ID_LENGTH);
    this.origin = Require.present(origin, "origin");
    record(sides, syncedAt);
  }

  /** Both sides now hold these versions; the Exchange id changes when an item moves. */
  public void record(Sides sides, Instant syncedAt) {
    Require.present(sides, "sides");
    String checkedCrmVersion = Require.text(sides.crmVersion(), "crmVersion", VERSION_LENGTH);
    String checkedCrmHash = Require.text(sides.crmHash(), "crmHash", HASH_LENGTH);
    String checkedExchangeId = Require.text(sides.exchangeId(), "exchangeId", EXCHANGE_ID_LENGTH);
    String checkedExchangeVersion =
        Require.text(sides.exchangeVersion(), "exchangeVersion", EXCHANGE_ID_LENGTH);
    String checkedExchangeHash = Require.text(sides.exchangeHash(), "exchangeHash", HASH_LENGTH);
    String checkedSnapshot = exact(sides.snapshot(), "snapshot", SNAPSHOT_LENGTH);
    LocalDateTime checkedAt = Utc.toColumn(Require.present(syncedAt, "syncedAt"));
    this.crmVersion = checkedCrmVersion;
    this.crmHash = checkedCrmHash;
    this.exchangeId = checkedExchangeId;
    this.exchangeVersion = checkedExchangeVersion;
    this.exchangeHash = checkedExchangeHash;
    this.snapshot = checkedSnapshot;
    this.lastSyncedAt = checkedAt;
  }

  /** Snapshots are kept exactly as given, blanks included: their hash must not change. */
  static String exact(String value, String field, int maxLength) {
    if (value == null || value.isEmpty() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " needs 1 to " + maxLength + " characters, got " + lengthOf(value));
    }
    return value;
  }

  private static String lengthOf(String value) {
    return value == null ? "null" : value.length() + " characters";
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

  /** Which side the item began on; fixed when the pair is first stored. */
  public ItemOrigin getOrigin() {
    return origin;
  }

  public Sides sides() {
    return new Sides(crmVersion, crmHash, exchangeId, exchangeVersion, exchangeHash, snapshot);
  }

  public String getExchangeId() {
    return exchangeId;
  }

  public Instant getLastSyncedAt() {
    return Utc.fromColumn(lastSyncedAt);
  }

  @Override
  public String toString() {
    return "ItemMapping[id=" + id + ", " + pair + ", crmId=" + crmId + "]";
  }

  /**
   * What both sides held after a sync.
   *
   * @param crmVersion SuperOffice's version (its UpdatedDate)
   * @param crmHash the content hash of what SuperOffice held
   * @param exchangeId the Exchange item id
   * @param exchangeVersion Exchange's ChangeKey
   * @param exchangeHash the content hash of what Exchange held
   * @param snapshot the canonical content last synced, in the engine's snapshot form
   */
  public record Sides(
      String crmVersion,
      String crmHash,
      String exchangeId,
      String exchangeVersion,
      String exchangeHash,
      String snapshot) {}
}
