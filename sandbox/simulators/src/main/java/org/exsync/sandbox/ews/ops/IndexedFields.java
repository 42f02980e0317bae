package org.exsync.sandbox.ews.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.ews.xml.XmlNode;

/**
 * Dictionary properties of contacts (EmailAddresses, PhoneNumbers, PhysicalAddresses): entries are
 * set and deleted one key at a time, and a physical address one part at a time.
 */
final class IndexedFields {

  private IndexedFields() {}

  /** Merges the entries of a dictionary element into the stored one, entry by entry. */
  static void merge(Map<String, XmlNode> properties, XmlNode dictionary) {
    XmlNode stored = properties.get(dictionary.name());
    List<XmlNode> entries = stored == null ? new ArrayList<>() : new ArrayList<>(stored.children());
    for (XmlNode entry : dictionary.children()) {
      String key = entry.attribute("Key");
      int at = indexOf(entries, key);
      if (at < 0) {
        entries.add(entry);
      } else if (entry.children().isEmpty()) {
        entries.set(at, entry);
      } else {
        entries.set(at, mergeParts(entries.get(at), entry));
      }
    }
    properties.put(dictionary.name(), dictionary.withChildren(entries));
  }

  /** Removes one entry, or one part of a physical address entry. */
  static void delete(Map<String, XmlNode> properties, String element, String key, String part) {
    XmlNode stored = properties.get(element);
    if (stored == null) {
      return;
    }
    List<XmlNode> entries = new ArrayList<>(stored.children());
    int at = indexOf(entries, key);
    if (at < 0) {
      return;
    }
    if (part == null) {
      entries.remove(at);
    } else {
      XmlNode entry = entries.get(at);
      entries.set(
          at,
          entry.withChildren(
              entry.children().stream().filter(c -> !c.name().equals(part)).toList()));
    }
    if (entries.isEmpty()) {
      properties.remove(element);
    } else {
      properties.put(element, stored.withChildren(entries));
    }
  }

  private static XmlNode mergeParts(XmlNode stored, XmlNode update) {
    List<XmlNode> parts = new ArrayList<>(stored.children());
    for (XmlNode part : update.children()) {
      parts.removeIf(p -> p.name().equals(part.name()));
      parts.add(part);
    }
    List<String> order = List.of("Street", "City", "State", "CountryOrRegion", "PostalCode");
    parts.sort((a, b) -> Integer.compare(order.indexOf(a.name()), order.indexOf(b.name())));
    return stored.withChildren(parts);
  }

  private static int indexOf(List<XmlNode> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (key.equals(entries.get(i).attribute("Key"))) {
        return i;
      }
    }
    return -1;
  }
}
