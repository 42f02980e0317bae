package org.exsync.sandbox.superoffice.odata;

import java.util.ArrayList;
import java.util.List;

/** A lexical piece of a {@code $filter}: a word, a quoted string, or punctuation. */
record FilterToken(Kind kind, String text, int position) {

  enum Kind {
    WORD,
    QUOTED,
    OPEN,
    CLOSE,
    COMMA
  }

  static List<FilterToken> scan(String filter) {
    List<FilterToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < filter.length()) {
      char c = filter.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        Kind kind = c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA;
        tokens.add(new FilterToken(kind, String.valueOf(c), i++));
      } else if (c == '\'' || c == '"') {
        i = quoted(filter, i, c, tokens);
      } else {
        int start = i;
        while (i < filter.length() && isWordPart(filter.charAt(i))) {
          i++;
        }
        if (start == i) {
          throw new ODataException("Unexpected '" + c + "' at position " + i + " in $filter");
        }
        tokens.add(new FilterToken(Kind.WORD, filter.substring(start, i), start));
      }
    }
    return tokens;
  }

  private static int quoted(String filter, int start, char quote, List<FilterToken> tokens) {
    StringBuilder text = new StringBuilder();
    int i = start + 1;
    while (i < filter.length()) {
      char c = filter.charAt(i);
      if (c == quote && i + 1 < filter.length() && filter.charAt(i + 1) == quote) {
        text.append(quote);
        i += 2;
      } else if (c == quote) {
        tokens.add(new FilterToken(Kind.QUOTED, text.toString(), start));
        return i + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    throw new ODataException("Unterminated string starting at position " + start + " in $filter");
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || "_/.:-+".indexOf(c) >= 0;
  }
}
