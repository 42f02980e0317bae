package org.exsync.sandbox.ews.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.w3c.dom.Element;

/** Applies the SetItemField, AppendToItemField and DeleteItemField changes of an UpdateItem. */
final class ItemChanges {

  private ItemChanges() {}

  /**
   * Applies the changes to an item. Setting or deleting a series' rule drops its exceptions, as
   * Exchange does: the modified and cancelled occurrences belonged to the old pattern.
   */
  static void apply(Item item, Element updates) {
    boolean hadRule = item.isRecurringMaster();
    apply(item.properties(), item.extended(), updates);
    if (hadRule && touchesRule(updates)) {
      item.modifiedOccurrences().clear();
      item.deletedOccurrences().clear();
    }
  }

  private static boolean touchesRule(Element updates) {
    for (Element update : Dom.children(updates)) {
      Element path = Dom.children(update).get(0);
      if ("calendar:Recurrence".equals(path.getAttribute("FieldURI"))) {
        return true;
      }
    }
    return false;
  }

  /** For an occurrence: extended properties stay on the master. */
  static void applyTo(Map<String, XmlNode> properties, Element updates) {
    apply(properties, new HashMap<>(), updates);
  }

  private static void apply(
      Map<String, XmlNode> properties, Map<String, XmlNode> extended, Element updates) {
    for (Element update : Dom.children(updates)) {
      List<Element> parts = Dom.children(update);
      Element path = parts.get(0);
      switch (update.getLocalName()) {
        case "SetItemField" ->
            Dom.children(parts.get(1)).forEach(p -> PropertyReader.set(properties, extended, p));
        case "AppendToItemField" -> Dom.children(parts.get(1)).forEach(p -> append(properties, p));
        case "DeleteItemField" -> delete(properties, extended, path);
        default ->
            throw new ResponseError(
                "ErrorInvalidRequest", "Unknown change " + update.getLocalName());
      }
    }
  }

  private static void append(Map<String, XmlNode> properties, Element element) {
    XmlNode addition = XmlNode.from(element);
    XmlNode stored = properties.get(addition.name());
    if (stored == null) {
      properties.put(addition.name(), addition);
      return;
    }
    if (!"Body".equals(addition.name()) && addition.children().isEmpty()) {
      throw new ResponseError(
          "ErrorInvalidPropertyAppend",
          "The property " + addition.name() + " cannot be appended to.");
    }
    List<XmlNode> children = new ArrayList<>(stored.children());
    children.addAll(addition.children());
    properties.put(
        addition.name(),
        new XmlNode(stored.name(), stored.attributes(), stored.text() + addition.text(), children));
  }

  private static void delete(
      Map<String, XmlNode> properties, Map<String, XmlNode> extended, Element path) {
    switch (path.getLocalName()) {
      case "ExtendedFieldURI" -> extended.remove(ExtendedPaths.key(path));
      case "IndexedFieldURI" -> {
        String fieldUri = path.getAttribute("FieldURI");
        IndexedFields.delete(
            properties,
            FieldUris.element(fieldUri),
            path.getAttribute("FieldIndex"),
            FieldUris.entryPart(fieldUri));
      }
      default -> {
        String element = FieldUris.element(path.getAttribute("FieldURI"));
        if (PropertyReader.READ_ONLY.contains(element)
            || "Start".equals(element)
            || "End".equals(element)) {
          throw new ResponseError(
              "ErrorInvalidPropertyDelete", "The property " + element + " cannot be deleted.");
        }
        properties.remove(element);
      }
    }
  }
}
