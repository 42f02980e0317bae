package org.exsync.sandbox.ews.ops;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.store.DateTimes;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.w3c.dom.Element;

/**
 * Stores the properties of an item element from a request: dates normalised to UTC as Exchange
 * keeps them, extended properties by their path, read-only properties refused.
 */
final class PropertyReader {

  /** Properties the server computes; setting one is ErrorInvalidPropertySet. */
  static final Set<String> READ_ONLY =
      Set.of(
          "ItemId",
          "ParentFolderId",
          "DateTimeCreated",
          "DateTimeReceived",
          "LastModifiedTime",
          "LastModifiedName",
          "Size",
          "HasAttachments",
          "CalendarItemType",
          "IsRecurring",
          "ModifiedOccurrences",
          "DeletedOccurrences",
          "IsComplete",
          "OriginalStart",
          "FirstOccurrence",
          "LastOccurrence",
          "MyResponseType",
          "IsMeeting");

  /** Elements of xs:dateTime type the simulator stores in UTC. */
  private static final Set<String> DATE_TIMES =
      Set.of(
          "Start",
          "End",
          "DueDate",
          "StartDate",
          "CompleteDate",
          "ReminderDueBy",
          "Birthday",
          "WeddingAnniversary");

  private PropertyReader() {}

  /** Puts one property element into the item (replacing the stored value). */
  static void set(Item item, Element property) {
    set(item.properties(), item.extended(), property);
  }

  /** Puts one property element into property and extended-property maps. */
  static void set(
      Map<String, XmlNode> properties, Map<String, XmlNode> extended, Element property) {
    XmlNode node = normalise(XmlNode.from(property));
    if (READ_ONLY.contains(node.name())) {
      throw new ResponseError(
          "ErrorInvalidPropertySet", "Set action is invalid for property " + node.name() + ".");
    }
    if ("ExtendedProperty".equals(node.name())) {
      extended.put(ExtendedPaths.key(node.child("ExtendedFieldURI").orElseThrow()), node);
      return;
    }
    if (node.name().endsWith("Addresses") || "PhoneNumbers".equals(node.name())) {
      IndexedFields.merge(properties, node);
      return;
    }
    properties.put(node.name(), node);
  }

  /** All property elements of an item element. */
  static void setAll(Item item, List<Element> properties) {
    properties.forEach(p -> set(item, p));
  }

  static XmlNode normalise(XmlNode node) {
    if (DATE_TIMES.contains(node.name())) {
      String utc =
          DateTimes.parse(node.text())
              .map(DateTimes::format)
              .orElseThrow(
                  () ->
                      new ResponseError(
                          "ErrorInvalidValueForProperty", "Invalid date " + node.text() + "."));
      return XmlNode.leaf(node.name(), utc);
    }
    return node;
  }
}
