package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.infrastructure.superoffice.wire.Entities;

/**
 * The rows of an Appointment list ({@code appointmentId}, {@code updatedDate}, {@code
 * recurrenceRuleId}) as the items Exsync syncs: a single appointment or to-do by its id, a series
 * by its rule's, whatever number of rows it has.
 */
final class AppointmentRows {

  private AppointmentRows() {}

  /**
   * The listed items not at the version Exsync synced last, series collapsed to their rule's id, in
   * order of first appearance, each with its newest stamp (null when a row had none). A series'
   * version is its newest row's stamp.
   */
  static Map<String, Instant> changedIds(List<JsonObject> rows, SyncedVersions synced) {
    Map<String, Instant> newest = new LinkedHashMap<>();
    Set<String> unstamped = new HashSet<>();
    for (JsonObject row : rows) {
      String id = id(row);
      Instant stamp = SyncedVersions.stamp(Entities.text(row, "updatedDate"));
      if (stamp == null) {
        unstamped.add(id);
      }
      newest.merge(id, stamp == null ? Instant.MIN : stamp, (a, b) -> a.isAfter(b) ? a : b);
    }
    Map<String, Instant> changed = new LinkedHashMap<>();
    newest.forEach(
        (id, stamp) -> {
          if (unstamped.contains(id)) {
            changed.put(id, null);
          } else if (!synced.unchanged(id, stamp)) {
            changed.put(id, stamp);
          }
        });
    return changed;
  }

  /** A single row's id, or its series' for a row of one. */
  static String id(JsonObject row) {
    int rule = Entities.number(row, "recurrenceRuleId");
    return rule != 0 ? CrmIds.series(rule) : String.valueOf(Entities.number(row, "appointmentId"));
  }

  /** Series collapse to their rule's id; order of first appearance is kept. */
  static Set<String> ids(List<JsonObject> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(row -> ids.add(id(row)));
    return ids;
  }
}
