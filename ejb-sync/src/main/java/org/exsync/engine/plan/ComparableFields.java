package org.exsync.engine.plan;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.TaskItem;

/**
 * An item's fields as the merge compares them, grouped so that values which only make sense
 * together change together (an appointment's time, a postal address). Only fields both systems hold
 * are compared, the same way the content hash compares them.
 */
final class ComparableFields {

  private ComparableFields() {}

  /** The groups in which two items differ. */
  static Set<String> differing(CanonicalItem before, CanonicalItem after) {
    Map<String, String> left = of(before);
    Map<String, String> right = of(after);
    return left.keySet().stream()
        .filter(group -> !Objects.equals(left.get(group), right.get(group)))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  static Map<String, String> of(CanonicalItem item) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (item instanceof AppointmentItem a) {
      fields.put("subject", a.subject());
      fields.put("body", a.body());
      fields.put("location", a.location());
      fields.put(
          "time",
          a.allDay()
              ? "allDay " + a.startDate() + "/" + a.endDate()
              : a.start().getEpochSecond() + "/" + a.end().getEpochSecond());
      fields.put("free", String.valueOf(a.showAs().isFree()));
      fields.put("private", String.valueOf(a.isPrivate()));
      fields.put("reminder", String.valueOf(a.reminderMinutes()));
      fields.put("recurrence", a.recurrence() == null ? "" : a.recurrence().contentHash());
    } else if (item instanceof TaskItem t) {
      fields.put("subject", t.subject());
      fields.put("body", t.body());
      fields.put("start", seconds(t.start()));
      fields.put("due", seconds(t.due()));
      fields.put("progress", t.status().progress().name());
      fields.put("reminder", seconds(t.reminderAt()));
      fields.put("private", String.valueOf(t.isPrivate()));
    } else {
      ContactItem c = (ContactItem) item;
      fields.put("givenName", c.givenName());
      fields.put("middleName", c.middleName());
      fields.put("surname", c.surname());
      fields.put("company", c.company());
      fields.put("jobTitle", c.jobTitle());
      fields.put(
          "emails",
          c.emails().stream()
              .map(e -> e.toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(",")));
      for (ContactItem.PhoneKind kind : ContactItem.PhoneKind.values()) {
        fields.put("phone." + kind, c.phones().getOrDefault(kind, ""));
      }
      for (ContactItem.AddressKind kind : ContactItem.AddressKind.values()) {
        fields.put("address." + kind, String.valueOf(c.addresses().get(kind)));
      }
    }
    return fields;
  }

  private static String seconds(java.time.Instant instant) {
    return instant == null ? "" : String.valueOf(instant.getEpochSecond());
  }
}
