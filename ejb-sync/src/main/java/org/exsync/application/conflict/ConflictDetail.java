package org.exsync.application.conflict;

import java.io.Serializable;
import java.util.List;

/**
 * A conflict with both versions side by side, field by field, and what was kept.
 *
 * @param row the conflict as listed
 * @param fields every field either version or the kept one has, in the snapshot's order
 */
public record ConflictDetail(ConflictRow row, List<FieldRow> fields) implements Serializable {

  public ConflictDetail {
    fields = List.copyOf(fields);
  }

  public long differing() {
    return fields.stream().filter(FieldRow::differs).count();
  }
}
