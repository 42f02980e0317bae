package org.exsync.sandbox.ews.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * An element of the EWS types namespace as the store keeps it: a property value such as {@code
 * Subject}, {@code Body} with its {@code BodyType}, or a whole {@code Recurrence}. Immutable, so a
 * stored item can be read by many requests at once.
 *
 * @param name the element's local name
 * @param attributes unqualified attributes in document order
 * @param text the text content of a simple element, or empty
 * @param children child elements in document order
 */
public record XmlNode(
    String name, Map<String, String> attributes, String text, List<XmlNode> children) {

  public XmlNode {
    attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    children = List.copyOf(children);
    text = text == null ? "" : text;
  }

  /** A simple element with text. */
  public static XmlNode leaf(String name, String text) {
    return new XmlNode(name, Map.of(), text, List.of());
  }

  /** An element with children only. */
  public static XmlNode of(String name, List<XmlNode> children) {
    return new XmlNode(name, Map.of(), "", children);
  }

  /** This element with one more (or a replaced) attribute. */
  public XmlNode withAttribute(String attribute, String value) {
    Map<String, String> more = new LinkedHashMap<>(attributes);
    more.put(attribute, value);
    return new XmlNode(name, more, text, children);
  }

  public XmlNode withChildren(List<XmlNode> newChildren) {
    return new XmlNode(name, attributes, text, newChildren);
  }

  public Optional<XmlNode> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  /** The text of a child element, if present. */
  public Optional<String> childText(String childName) {
    return child(childName).map(XmlNode::text);
  }

  public String attribute(String attribute) {
    return attributes.get(attribute);
  }

  /** Copies a DOM element; namespaces are dropped, since every property lives in the types one. */
  public static XmlNode from(Element element) {
    Map<String, String> attributes = new LinkedHashMap<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr attr = (Attr) map.item(i);
      if (attr.getNamespaceURI() == null) {
        attributes.put(attr.getLocalName(), attr.getValue());
      }
    }
    List<XmlNode> children = new ArrayList<>();
    for (Element child : Dom.children(element)) {
      children.add(from(child));
    }
    String text = children.isEmpty() ? element.getTextContent() : "";
    return new XmlNode(element.getLocalName(), attributes, text, children);
  }
}
