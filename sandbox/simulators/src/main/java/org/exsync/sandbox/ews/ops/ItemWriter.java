package org.exsync.sandbox.ews.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.ews.schema.SchemaOrder;
import org.exsync.sandbox.ews.store.DateTimes;
import org.exsync.sandbox.ews.store.Ids;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.ItemKind;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.store.Occurrences;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.exsync.sandbox.ews.xml.XmlOut;

/**
 * Writes items as Exchange returns them: stored properties plus the ones the server computes (ids,
 * class, times, organizer, calendar item type, occurrence lists), filtered by the shape and put in
 * schema order. FindItem and SyncFolderItems never return bodies or occurrence lists, as Exchange.
 */
final class ItemWriter {

  /** Properties only GetItem returns. */
  private static final List<String> GET_ONLY =
      List.of("Body", "ModifiedOccurrences", "DeletedOccurrences", "Attachments");

  private ItemWriter() {}

  static void write(XmlOut out, Mailbox mailbox, ItemView view, Shape shape, boolean getItem) {
    Item item = view.item();
    ItemKind kind = item.kind();
    List<XmlNode> nodes = new ArrayList<>();
    nodes.add(
        new XmlNode(
            "ItemId", Map.of("Id", view.id(), "ChangeKey", item.changeKey()), "", List.of()));
    if (!shape.idOnly() || !shape.additional().isEmpty()) {
      for (XmlNode node : properties(mailbox, view)) {
        boolean allowed = getItem || !GET_ONLY.contains(node.name());
        if (allowed && shape.wants(node.name())) {
          nodes.add("Body".equals(node.name()) ? Bodies.as(node, shape.bodyType()) : node);
        }
      }
    }
    for (Map.Entry<String, XmlNode> extended : item.extended().entrySet()) {
      if (shape.extended().contains(extended.getKey())) {
        nodes.add(extended.getValue());
      }
    }
    nodes.sort(
        (a, b) -> SchemaOrder.types().comparator(kind.schemaType()).compare(a.name(), b.name()));
    out.open("t:" + kind.element());
    nodes.forEach(out::node);
    out.close("t:" + kind.element());
  }

  private static List<XmlNode> properties(Mailbox mailbox, ItemView view) {
    Item item = view.item();
    List<XmlNode> nodes = new ArrayList<>(view.properties().values());
    nodes.add(
        new XmlNode(
            "ParentFolderId",
            Map.of("Id", item.folderId(), "ChangeKey", "AQAAAA=="),
            "",
            List.of()));
    nodes.add(XmlNode.leaf("ItemClass", item.kind().itemClass()));
    nodes.add(XmlNode.leaf("DateTimeReceived", DateTimes.format(item.created())));
    nodes.add(XmlNode.leaf("DateTimeCreated", DateTimes.format(item.created())));
    nodes.add(XmlNode.leaf("LastModifiedTime", DateTimes.format(item.lastModified())));
    nodes.add(XmlNode.leaf("LastModifiedName", mailbox.displayName()));
    nodes.add(XmlNode.leaf("HasAttachments", "false"));
    nodes.add(XmlNode.leaf("Size", String.valueOf(512 + 64 * view.properties().size())));
    defaults(nodes, view, "Sensitivity", "Normal");
    defaults(nodes, view, "Importance", "Normal");
    if (item.kind() == ItemKind.CALENDAR_ITEM) {
      calendar(nodes, mailbox, view);
    } else if (item.kind() == ItemKind.TASK) {
      nodes.add(
          XmlNode.leaf(
              "IsComplete",
              Boolean.toString(
                  view.properties().containsKey("Status")
                      && "Completed".equals(view.properties().get("Status").text()))));
    }
    return nodes;
  }

  private static void defaults(List<XmlNode> nodes, ItemView view, String name, String value) {
    if (!view.properties().containsKey(name)) {
      nodes.add(XmlNode.leaf(name, value));
    }
  }

  private static void calendar(List<XmlNode> nodes, Mailbox mailbox, ItemView view) {
    Item item = view.item();
    nodes.add(XmlNode.leaf("CalendarItemType", view.calendarItemType()));
    nodes.add(
        XmlNode.leaf("IsRecurring", Boolean.toString(!"Single".equals(view.calendarItemType()))));
    nodes.add(
        XmlNode.leaf(
            "IsMeeting", Boolean.toString(view.properties().containsKey("RequiredAttendees"))));
    nodes.add(XmlNode.leaf("IsCancelled", "false"));
    boolean organizedHere = !view.properties().containsKey("Organizer");
    // A meeting someone else organises is in this calendar because its owner accepted it.
    nodes.add(XmlNode.leaf("MyResponseType", organizedHere ? "Organizer" : "Accept"));
    if (organizedHere) {
      nodes.add(
          XmlNode.of(
              "Organizer",
              List.of(
                  XmlNode.of(
                      "Mailbox",
                      List.of(
                          XmlNode.leaf("Name", mailbox.displayName()),
                          XmlNode.leaf("EmailAddress", mailbox.smtp()),
                          XmlNode.leaf("RoutingType", "SMTP"))))));
    }
    if (view.originalStart() != null) {
      nodes.add(XmlNode.leaf("OriginalStart", DateTimes.format(view.originalStart())));
    }
    if ("RecurringMaster".equals(view.calendarItemType())) {
      occurrenceLists(nodes, mailbox, item);
    }
  }

  private static void occurrenceLists(List<XmlNode> nodes, Mailbox mailbox, Item master) {
    List<XmlNode> modified = new ArrayList<>();
    List<XmlNode> deleted = new ArrayList<>();
    String local = Ids.parse(master.id()).orElseThrow().local();
    for (Occurrences.Occurrence o : Occurrences.of(master, Instant.MAX)) {
      if (master.deletedOccurrences().contains(o.index())) {
        deleted.add(
            XmlNode.of(
                "DeletedOccurrence",
                List.of(XmlNode.leaf("Start", DateTimes.format(o.originalStart())))));
      } else if (master.modifiedOccurrences().containsKey(o.index())) {
        ItemView view = ItemView.occurrence(mailbox, master, o);
        modified.add(
            XmlNode.of(
                "Occurrence",
                List.of(
                    new XmlNode(
                        "ItemId",
                        Map.of(
                            "Id",
                            Ids.occurrence(mailbox.smtp(), local, o.index()),
                            "ChangeKey",
                            master.changeKey()),
                        "",
                        List.of()),
                    view.properties().get("Start"),
                    view.properties().get("End"),
                    XmlNode.leaf("OriginalStart", DateTimes.format(o.originalStart())))));
      }
    }
    if (!modified.isEmpty()) {
      nodes.add(XmlNode.of("ModifiedOccurrences", modified));
    }
    if (!deleted.isEmpty()) {
      nodes.add(XmlNode.of("DeletedOccurrences", deleted));
    }
  }
}
