package org.exsync.sandbox.ews.xml;

import java.util.Map;

/**
 * Writes a response document. Callers write elements in schema order; the writer only escapes and
 * balances. Prefixes are fixed: {@code s} SOAP, {@code m} messages, {@code t} types, {@code e}
 * errors, declared where they are first needed.
 */
public final class XmlOut {

  private final StringBuilder out = new StringBuilder(4096);

  /** Opens an element; attributes come as name, value pairs. */
  public XmlOut open(String qname, String... attributes) {
    out.append('<').append(qname);
    attributes(attributes);
    out.append('>');
    return this;
  }

  public XmlOut close(String qname) {
    out.append("</").append(qname).append('>');
    return this;
  }

  /** An element with text only. */
  public XmlOut leaf(String qname, String text, String... attributes) {
    out.append('<').append(qname);
    attributes(attributes);
    out.append('>');
    escape(text, false);
    out.append("</").append(qname).append('>');
    return this;
  }

  /** An element without content. */
  public XmlOut empty(String qname, String... attributes) {
    out.append('<').append(qname);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** A stored property value, in the types namespace. */
  public XmlOut node(XmlNode node) {
    String qname = "t:" + node.name();
    out.append('<').append(qname);
    for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
      out.append(' ').append(attribute.getKey()).append("=\"");
      escape(attribute.getValue(), true);
      out.append('"');
    }
    if (node.children().isEmpty() && node.text().isEmpty()) {
      out.append("/>");
      return this;
    }
    out.append('>');
    escape(node.text(), false);
    node.children().forEach(this::node);
    out.append("</").append(qname).append('>');
    return this;
  }

  /** Text written as it is, for markup built elsewhere. */
  public XmlOut raw(String markup) {
    out.append(markup);
    return this;
  }

  private void attributes(String[] pairs) {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.append(' ').append(pairs[i]).append("=\"");
      escape(pairs[i + 1], true);
      out.append('"');
    }
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
