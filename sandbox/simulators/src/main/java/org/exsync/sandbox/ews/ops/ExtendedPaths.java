package org.exsync.sandbox.ews.ops;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.w3c.dom.Element;

/** The identity of an extended property: its ExtendedFieldURI attributes in one canonical key. */
final class ExtendedPaths {

  private ExtendedPaths() {}

  static String key(Element extendedFieldUri) {
    return key(XmlNode.from(extendedFieldUri));
  }

  static String key(XmlNode extendedFieldUri) {
    Map<String, String> sorted = new TreeMap<>();
    extendedFieldUri
        .attributes()
        .forEach((name, value) -> sorted.put(name, canonical(name, value)));
    return sorted.toString();
  }

  private static String canonical(String attribute, String value) {
    return switch (attribute) {
      case "PropertySetId", "PropertyTag" -> value.toLowerCase(Locale.ROOT);
      default -> value;
    };
  }
}
