package org.exsync.engine.store;

import java.time.Instant;
import java.util.Objects;
import org.exsync.domain.mapping.ItemOrigin;

/**
 * One synced item pair as the store keeps it: both ids, the version each side had after the last
 * sync, the content hash each side held then (so a change that comes back with that hash is
 * Exsync's own echo), and a snapshot of the canonical content last synced, for the field-level
 * merge of a later conflict.
 *
 * @param crmId the SuperOffice id; unique within a pair
 * @param crmVersion the SuperOffice version (UpdatedDate) after the last sync
 * @param crmHash the content hash of what SuperOffice held after the last sync
 * @param exchangeId the Exchange item id; unique within a pair, may change when an item moves
 * @param exchangeVersion the Exchange ChangeKey after the last sync
 * @param exchangeHash the content hash of what Exchange held after the last sync
 * @param snapshot the canonical content last synced, as {@code ItemSnapshots} writes it
 * @param syncedAt when the pair was last synced
 * @param origin which side the item began on, fixed when the pair is first stored
 */
public record MappingRecord(
    String crmId,
    String crmVersion,
    String crmHash,
    String exchangeId,
    String exchangeVersion,
    String exchangeHash,
    String snapshot,
    Instant syncedAt,
    ItemOrigin origin) {

  public MappingRecord {
    requireText(crmId, "crmId");
    requireText(crmVersion, "crmVersion");
    requireText(crmHash, "crmHash");
    requireText(exchangeId, "exchangeId");
    requireText(exchangeVersion, "exchangeVersion");
    requireText(exchangeHash, "exchangeHash");
    requireText(snapshot, "snapshot");
    Objects.requireNonNull(syncedAt, "syncedAt");
    Objects.requireNonNull(origin, "origin");
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A mapping needs its " + field + ", got '" + value + "'");
    }
  }
}
