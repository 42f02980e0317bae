package org.exsync.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;

/**
 * Finds the same item new on both sides, so an initial sync, a re-link or a run after a crash links
 * them instead of creating a duplicate: appointments by subject, start and end (dates for all-day
 * ones); tasks by subject and due time; contacts by primary e-mail address, else by full name.
 */
public final class Matcher {

  private Matcher() {}

  /** SuperOffice ids to the Exchange item each matched, each Exchange item matched at most once. */
  public static Map<String, SourceItem> match(List<SourceItem> crmAdded, List<SourceItem> added) {
    Map<String, List<SourceItem>> byKey = new HashMap<>();
    added.stream()
        .sorted(Comparator.comparing(SourceItem::id))
        .forEach(
            item ->
                keys(item.content())
                    .forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item)));
    Map<String, SourceItem> matches = new LinkedHashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    crmAdded.stream()
        .sorted(Comparator.comparing(SourceItem::id))
        .forEach(
            crm ->
                keys(crm.content()).stream()
                    .flatMap(key -> byKey.getOrDefault(key, List.of()).stream())
                    .filter(exchange -> !taken.contains(exchange.id()))
                    .findFirst()
                    .ifPresent(
                        exchange -> {
                          taken.add(exchange.id());
                          matches.put(crm.id(), exchange);
                        }));
    return matches;
  }

  /** The keys an item is matched by, the strongest first. */
  static List<String> keys(CanonicalItem item) {
    if (item instanceof AppointmentItem appointment) {
      String when =
          appointment.allDay()
              ? appointment.startDate() + "/" + appointment.endDate()
              : appointment.start().getEpochSecond() + "/" + appointment.end().getEpochSecond();
      return List.of("appointment:" + lower(appointment.subject()) + "|" + when);
    }
    if (item instanceof TaskItem task) {
      String due = task.due() == null ? "-" : String.valueOf(task.due().getEpochSecond());
      return List.of("task:" + lower(task.subject()) + "|" + due);
    }
    ContactItem contact = (ContactItem) item;
    List<String> keys = new ArrayList<>();
    if (!contact.primaryEmail().isEmpty()) {
      keys.add("email:" + contact.primaryEmail());
    }
    if (!contact.fullName().isEmpty()) {
      keys.add("name:" + lower(contact.fullName()));
    }
    return keys;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
