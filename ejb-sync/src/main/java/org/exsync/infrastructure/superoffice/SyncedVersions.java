package org.exsync.infrastructure.superoffice;

import java.time.Instant;
import java.util.Map;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/**
 * The version Exsync synced last of each item, to tell from a list row's {@code updatedDate} that
 * an item is still at it and need not be read: a changed item costs its read, an unchanged one (the
 * echo of Exsync's own write, or a row of the watermark's second listed again) costs nothing beyond
 * its share of the list page.
 *
 * <p>SuperOffice stamps every change, to the second. An edit made in the very second of Exsync's
 * own write keeps that stamp, is taken for unchanged here, and comes with the item's next change;
 * the conditional write ({@code If-Unmodified-Since}, also to the second) cannot tell that second
 * apart either. A row without a stamp is always read.
 */
final class SyncedVersions {

  private static final SyncedVersions NONE = new SyncedVersions(Map.of());

  private final Map<String, String> synced;

  private SyncedVersions(Map<String, String> synced) {
    this.synced = synced;
  }

  static SyncedVersions of(Map<String, String> synced) {
    return synced == null || synced.isEmpty() ? NONE : new SyncedVersions(synced);
  }

  static SyncedVersions none() {
    return NONE;
  }

  /**
   * @param listed the item's newest {@code updatedDate} in the list, null when a row had none
   */
  boolean unchanged(String id, Instant listed) {
    String version = synced.get(id);
    if (version == null || listed == null) {
      return false;
    }
    try {
      return WireTimes.utc(version).equals(listed);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A row's {@code updatedDate}; null when it has none (SuperOffice writes 0001-01-01 then). */
  static Instant stamp(String updatedDate) {
    if (updatedDate.isEmpty() || updatedDate.startsWith("0001")) {
      return null;
    }
    return WireTimes.utc(updatedDate);
  }
}
