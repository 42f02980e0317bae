package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/**
 * SuperOffice's versions of items, and the version Exsync synced last of each, to tell from a list
 * row's {@code updatedDate} that an item is still at it and need not be read: a changed item costs
 * its read, an unchanged one (a row of the watermark's second listed again, an item Exsync read
 * before) costs nothing beyond its share of the list page.
 *
 * <p>SuperOffice stamps every change to the second, so a version is only as good as the moment it
 * was seen at. An edit made later in the same second keeps the stamp: a version seen before its
 * second was over on SuperOffice's clock is <em>open</em>, and a row at an open version is read all
 * the same. Every write leaves an open version (the write and its stamp fall in one second), so the
 * echo of Exsync's own write is read once, which also brings an edit made in that very second; the
 * read, a second or more later, gives the settled version that lets the item be left out from then
 * on. A version seen without a time (no {@code Date} header) stays open, and a row without a stamp
 * is always read.
 */
final class SyncedVersions {

  /** Ends an open version; not part of any {@code updatedDate}. */
  private static final String OPEN = "~";

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
   * The version of an item read: settled when the read was surely after the stamp's second.
   *
   * @param stamp the item's {@code updatedDate} as SuperOffice wrote it (UTC)
   * @param readNotBefore the earliest time on SuperOffice's clock the answer can have been read at,
   *     or null when unknown
   */
  static String read(String stamp, Instant readNotBefore) {
    boolean settled =
        readNotBefore != null && !readNotBefore.isBefore(WireTimes.utc(stamp).plusSeconds(1));
    return settled ? stamp : stamp + OPEN;
  }

  /** The version a write answered: open, since the write fell in the second it was stamped in. */
  static String written(String stamp) {
    return stamp + OPEN;
  }

  /** The instant of a version, open or settled, for conditional writes. */
  static Instant instant(String version) {
    return WireTimes.utc(
        version.endsWith(OPEN) ? version.substring(0, version.length() - 1) : version);
  }

  /**
   * @param listed the item's newest {@code updatedDate} in the list, null when a row had none
   */
  boolean unchanged(String id, Instant listed) {
    String version = synced.get(id);
    if (version == null || listed == null || version.endsWith(OPEN)) {
      return false;
    }
    try {
      return WireTimes.utc(version).equals(listed);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The rows a list asking for {@code updatedDate ge} the watermark would show: those stamped in
   * its second or later, the second being what the filter states; all of them without a watermark.
   */
  static List<JsonObject> since(List<JsonObject> rows, Instant watermark) {
    if (watermark == null) {
      return rows;
    }
    Instant second = watermark.truncatedTo(ChronoUnit.SECONDS);
    return rows.stream()
        .filter(row -> !WireTimes.utc(Entities.text(row, "updatedDate")).isBefore(second))
        .toList();
  }

  /** A row's {@code updatedDate}; null when it has none (SuperOffice writes 0001-01-01 then). */
  static Instant stamp(String updatedDate) {
    if (updatedDate.isEmpty() || updatedDate.startsWith("0001")) {
      return null;
    }
    return WireTimes.utc(updatedDate);
  }
}
