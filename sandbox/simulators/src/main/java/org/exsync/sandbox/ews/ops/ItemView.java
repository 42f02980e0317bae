package org.exsync.sandbox.ews.ops;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.exsync.sandbox.ews.store.DateTimes;
import org.exsync.sandbox.ews.store.Ids;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.store.Occurrences;
import org.exsync.sandbox.ews.xml.XmlNode;

/**
 * An item as a response shows it: a stored item, or an occurrence of a recurring master made from
 * the master's properties, its place in the pattern and its modifications.
 *
 * @param item the stored item (for occurrences, the master)
 * @param id the id to show
 * @param properties the stored properties to show
 * @param calendarItemType Single, RecurringMaster, Occurrence or Exception; null for other kinds
 * @param originalStart where the pattern put an occurrence, or null
 */
record ItemView(
    Item item,
    String id,
    Map<String, XmlNode> properties,
    String calendarItemType,
    Instant originalStart) {

  static ItemView of(Item item) {
    String type = null;
    if (item.kind() == org.exsync.sandbox.ews.store.ItemKind.CALENDAR_ITEM) {
      type = item.isRecurringMaster() ? "RecurringMaster" : "Single";
    }
    return new ItemView(item, item.id(), item.properties(), type, null);
  }

  /** An occurrence; {@code occurrence} comes from expanding this master. */
  static ItemView occurrence(Mailbox mailbox, Item master, Occurrences.Occurrence occurrence) {
    Map<String, XmlNode> properties = new HashMap<>(master.properties());
    properties.remove("Recurrence");
    properties.put("Start", XmlNode.leaf("Start", DateTimes.format(occurrence.originalStart())));
    properties.put("End", XmlNode.leaf("End", DateTimes.format(occurrence.originalEnd())));
    Map<String, XmlNode> modified = master.modifiedOccurrences().get(occurrence.index());
    if (modified != null) {
      properties.putAll(modified);
    }
    String id = Ids.occurrence(mailbox.smtp(), localOf(master), occurrence.index());
    return new ItemView(
        master,
        id,
        properties,
        modified != null ? "Exception" : "Occurrence",
        occurrence.originalStart());
  }

  private static String localOf(Item master) {
    return Ids.parse(master.id()).orElseThrow().local();
  }

  /** The occurrence of a master with this index. */
  static ItemView occurrence(Mailbox mailbox, Item master, int index) {
    Occurrences.Occurrence occurrence = Occurrences.of(master, Instant.MAX).get(index - 1);
    return occurrence(mailbox, master, occurrence);
  }

  /** The view a resolved id asks for. */
  static ItemView of(Targets.ItemRef ref) {
    return ref.occurrence() > 0
        ? occurrence(ref.mailbox(), ref.item(), ref.occurrence())
        : of(ref.item());
  }
}
