package org.exsync.sandbox.ews.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads request bodies into DOM trees, refusing DTDs and external entities as Exchange does, and
 * offers the few navigation helpers the operations need.
 */
public final class Dom {

  private static final DocumentBuilderFactory FACTORY = factory();

  private Dom() {}

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks secure processing", e);
    }
    return factory;
  }

  /** Parses a body; a body that is not well-formed XML throws {@link SAXException}. */
  public static Document parse(byte[] body) throws SAXException {
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(body));
    } catch (ParserConfigurationException | IOException e) {
      throw new SAXException("Cannot read the request body: " + e.getMessage(), e);
    }
  }

  /** The element children of an element, in document order. */
  public static List<Element> children(Element parent) {
    List<Element> result = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        result.add((Element) n);
      }
    }
    return result;
  }

  /** The first child element with this local name. */
  public static Optional<Element> child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(n.getLocalName())) {
        return Optional.of((Element) n);
      }
    }
    return Optional.empty();
  }

  /** All child elements with this local name. */
  public static List<Element> childrenNamed(Element parent, String localName) {
    return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
  }

  /** The text of the first child element with this name. */
  public static Optional<String> childText(Element parent, String localName) {
    return child(parent, localName).map(e -> e.getTextContent().trim());
  }

  /** An attribute's value, or empty when the attribute is absent. */
  public static Optional<String> attribute(Element element, String name) {
    return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
  }
}
