package org.exsync.engine.item;

import java.util.List;

/** Normalisation of text fields, so that both systems' spellings of "nothing" compare equal. */
final class Texts {

  private Texts() {}

  /** Null becomes empty; surrounding blanks go. */
  static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  /**
   * Body text as compared: line breaks as {@code \n}, trailing blanks on each line and at the end
   * removed. Exchange answers CRLF where SuperOffice stores LF; neither difference is a change.
   */
  static String body(String value) {
    if (value == null) {
      return "";
    }
    String unified = value.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(unified.length());
    for (String line : unified.split("\n", -1)) {
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString().strip();
  }

  /** A copy without nulls and blanks, each value cleaned. */
  static List<String> cleanList(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(Texts::clean).filter(v -> !v.isEmpty()).toList();
  }
}
