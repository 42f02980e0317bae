package org.exsync.sandbox.ews.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import org.exsync.sandbox.ews.xml.Dom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The order of child elements in each complex type of types.xsd, read from the schema itself, so
 * that items and folders are written in the only order Exchange's schema allows without a hand-kept
 * copy of it. A derived type's order is its base type's followed by its own.
 */
public final class SchemaOrder {

  private static final SchemaOrder TYPES = load("types.xsd");

  private final Map<String, Element> complexTypes;
  private final Map<String, Map<String, Integer>> positions = new ConcurrentHashMap<>();

  private SchemaOrder(Map<String, Element> complexTypes) {
    this.complexTypes = complexTypes;
  }

  /** The order of types.xsd. */
  public static SchemaOrder types() {
    return TYPES;
  }

  private static SchemaOrder load(String file) {
    try (InputStream in = EwsSchema.resource(file).openStream()) {
      Document document = Dom.parse(in.readAllBytes());
      Map<String, Element> types = new HashMap<>();
      for (Element child : Dom.children(document.getDocumentElement())) {
        if ("complexType".equals(child.getLocalName()) && child.hasAttribute("name")) {
          types.put(child.getAttribute("name"), child);
        }
      }
      return new SchemaOrder(types);
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("Cannot read the EWS contract " + file, e);
    }
  }

  /** Compares element names by their place in the type; unknown names go last. */
  public Comparator<String> comparator(String complexType) {
    Map<String, Integer> order = positions.computeIfAbsent(complexType, this::positionsOf);
    return Comparator.comparingInt(name -> order.getOrDefault(name, Integer.MAX_VALUE));
  }

  /** Whether the type (or its bases) declares a child element of this name. */
  public boolean declares(String complexType, String element) {
    return positions.computeIfAbsent(complexType, this::positionsOf).containsKey(element);
  }

  private Map<String, Integer> positionsOf(String complexType) {
    List<String> names = new ArrayList<>();
    collect(complexType, names);
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      order.putIfAbsent(names.get(i), i);
    }
    return order;
  }

  private void collect(String complexType, List<String> names) {
    Element type = complexTypes.get(complexType);
    if (type == null) {
      throw new IllegalArgumentException("types.xsd has no complex type " + complexType);
    }
    walk(type, names);
  }

  private void walk(Element element, List<String> names) {
    for (Element child : Dom.children(element)) {
      if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(child.getNamespaceURI())) {
        continue;
      }
      switch (child.getLocalName()) {
        case "element" -> names.add(elementName(child));
        case "extension" -> {
          String base = localPart(child.getAttribute("base"));
          if (complexTypes.containsKey(base)) {
            collect(base, names);
          }
          walk(child, names);
        }
        case "attribute", "attributeGroup", "annotation" -> {}
        default -> walk(child, names);
      }
    }
  }

  private static String elementName(Element element) {
    return element.hasAttribute("name")
        ? element.getAttribute("name")
        : localPart(element.getAttribute("ref"));
  }

  private static String localPart(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? qname : qname.substring(colon + 1);
  }
}
