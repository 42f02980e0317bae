package org.exsync.infrastructure.superoffice;

import java.util.OptionalInt;

/**
 * The ids Exsync uses for SuperOffice items: an appointment, to-do or person by its own id; a
 * series by its recurrence rule, because its rows (one per occurrence) come and go while the rule
 * stays.
 */
final class CrmIds {

  private static final String SERIES = "recurrence-";

  private CrmIds() {}

  static String series(int recurrenceId) {
    return SERIES + recurrenceId;
  }

  /** The recurrence id of a series id, or empty for a single item's id. */
  static OptionalInt seriesOf(String id) {
    if (!id.startsWith(SERIES)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(parse(id.substring(SERIES.length()), id));
  }

  /** A single item's numeric id. */
  static int single(String id) {
    return parse(id, id);
  }

  private static int parse(String digits, String id) {
    try {
      int value = Integer.parseInt(digits);
      if (value < 1) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + id + "' is not a SuperOffice item id of Exsync's");
    }
  }
}
