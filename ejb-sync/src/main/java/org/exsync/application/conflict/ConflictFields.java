package org.exsync.application.conflict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exsync.engine.snapshot.ItemSnapshots;

/** Lays the fields of a conflict's two versions and of the kept one side by side. */
final class ConflictFields {

  private ConflictFields() {}

  static List<FieldRow> compare(String crm, String exchange, String kept) {
    Map<String, String> crmFields = ItemSnapshots.fields(crm);
    Map<String, String> exchangeFields = ItemSnapshots.fields(exchange);
    Map<String, String> keptFields = ItemSnapshots.fields(kept);
    Set<String> keys = new LinkedHashSet<>(crmFields.keySet());
    keys.addAll(exchangeFields.keySet());
    keys.addAll(keptFields.keySet());
    List<FieldRow> rows = new ArrayList<>();
    for (String key : keys) {
      String c = crmFields.getOrDefault(key, "");
      String e = exchangeFields.getOrDefault(key, "");
      rows.add(new FieldRow(label(key), c, e, keptFields.getOrDefault(key, ""), !c.equals(e)));
    }
    return rows;
  }

  /** A snapshot key in words: {@code attendees.0.email} is "Attendees 1 email". */
  static String label(String key) {
    StringBuilder out = new StringBuilder();
    for (String part : key.split("\\.")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (part.chars().allMatch(Character::isDigit)) {
        out.append(Integer.parseInt(part) + 1);
      } else {
        out.append(part.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
      }
    }
    return out.isEmpty() ? key : Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }
}
