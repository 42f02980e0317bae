package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.xml.XmlNode;

/** Converts a stored body to the body type a shape asks for, as Exchange does. */
final class Bodies {

  private Bodies() {}

  static XmlNode as(XmlNode body, String requested) {
    String stored = body.attribute("BodyType") == null ? "Text" : body.attribute("BodyType");
    if ("Best".equals(requested) || stored.equals(requested)) {
      return body;
    }
    if ("HTML".equals(requested)) {
      String html =
          "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
              + escape(body.text()).replace("\n", "<br>")
              + "</body></html>";
      return XmlNode.leaf("Body", html).withAttribute("BodyType", "HTML");
    }
    String text = body.text().replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "");
    return XmlNode.leaf("Body", unescape(text).trim()).withAttribute("BodyType", "Text");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
