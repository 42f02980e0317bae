package org.exsync.infrastructure.mail;

/** HTML escaping for values put into mail templates. */
final class Html {

  private Html() {}

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escaped, with line breaks kept as {@code <br>}. */
  static String paragraphs(String value) {
    return escape(value).replace("\r\n", "\n").replace("\n", "<br>");
  }
}
