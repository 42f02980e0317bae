package org.exsync.application.conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.engine.snapshot.ItemSnapshots;

/**
 * Lays the fields of a conflict's two versions and of the kept one side by side. A list of plain
 * values (categories, e-mail addresses, days of the week) is one field, its values joined, rather
 * than a count and a row for each.
 */
final class ConflictFields {

  /** The snapshot's lists whose elements are single values. */
  private static final Set<String> PLAIN_LISTS =
      Set.of("categories", "emails", "recurrence.daysOfWeek", "recurrence.deleted");

  private ConflictFields() {}

  static List<FieldRow> compare(String crm, String exchange, String kept) {
    Map<String, String> crmFields = joined(ItemSnapshots.fields(crm));
    Map<String, String> exchangeFields = joined(ItemSnapshots.fields(exchange));
    Map<String, String> keptFields = joined(ItemSnapshots.fields(kept));
    Set<String> keys = new LinkedHashSet<>(crmFields.keySet());
    keys.addAll(exchangeFields.keySet());
    keys.addAll(keptFields.keySet());
    List<FieldRow> rows = new ArrayList<>();
    for (String key : keys) {
      String c = crmFields.getOrDefault(key, "");
      String e = exchangeFields.getOrDefault(key, "");
      rows.add(
          new FieldRow(
              key, FieldLabels.of(key), c, e, keptFields.getOrDefault(key, ""), !c.equals(e)));
    }
    return rows;
  }

  /** The fields with each plain list as one, in the place of its count. */
  static Map<String, String> joined(Map<String, String> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String key = field.getKey();
      String list = listOf(key);
      if (list == null) {
        out.put(key, field.getValue());
      } else if (key.equals(list + ".count")) {
        List<String> values = new ArrayList<>();
        for (int i = 0; fields.containsKey(list + "." + i); i++) {
          values.add(fields.get(list + "." + i));
        }
        out.put(list, String.join(", ", values));
      }
    }
    return out;
  }

  /** The plain list the key belongs to (its count or one of its values), or null. */
  private static String listOf(String key) {
    int dot = key.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String list = key.substring(0, dot);
    String tail = key.substring(dot + 1);
    boolean element = tail.equals("count") || tail.chars().allMatch(Character::isDigit);
    return element && PLAIN_LISTS.contains(list) ? list : null;
  }
}
