package org.exsync.sandbox.superoffice.odata;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a {@code $filter} into conditions that must all hold: {@code column operator value},
 * {@code column between ('from', 'to')}, joined by {@code and}, optionally in parentheses.
 */
final class FilterParser {

  private final List<FilterToken> tokens;
  private int next;

  private FilterParser(String filter) {
    this.tokens = FilterToken.scan(filter);
  }

  static List<Condition> parse(String filter) {
    FilterParser parser = new FilterParser(filter);
    List<Condition> conditions = new ArrayList<>();
    parser.conjunction(conditions);
    if (parser.next < parser.tokens.size()) {
      throw new ODataException(
          "Unexpected '" + parser.tokens.get(parser.next).text() + "' in $filter");
    }
    return conditions;
  }

  private void conjunction(List<Condition> into) {
    term(into);
    while (peekWord("and")) {
      next++;
      term(into);
    }
    if (peekWord("or")) {
      throw new ODataException("'or' is not supported in $filter; use separate requests");
    }
  }

  private void term(List<Condition> into) {
    if (peek(FilterToken.Kind.OPEN)) {
      next++;
      conjunction(into);
      expect(FilterToken.Kind.CLOSE, "')'");
      return;
    }
    String column = expect(FilterToken.Kind.WORD, "a column name").text();
    Condition.Operator operator =
        Condition.Operator.of(expect(FilterToken.Kind.WORD, "an operator after " + column).text());
    List<String> operands = new ArrayList<>();
    if (operator.operands == 1 && !peek(FilterToken.Kind.OPEN)) {
      operands.add(value());
    } else {
      expect(FilterToken.Kind.OPEN, "'(' after " + operator.word);
      operands.add(value());
      while (peek(FilterToken.Kind.COMMA)) {
        next++;
        operands.add(value());
      }
      expect(FilterToken.Kind.CLOSE, "')'");
    }
    if (operands.size() != operator.operands) {
      throw new ODataException(
          operator.word + " takes " + operator.operands + " value(s), got " + operands.size());
    }
    into.add(new Condition(column, operator, operands));
  }

  private String value() {
    if (next >= tokens.size()) {
      throw new ODataException("$filter ends where a value was expected");
    }
    FilterToken token = tokens.get(next++);
    if (token.kind() != FilterToken.Kind.WORD && token.kind() != FilterToken.Kind.QUOTED) {
      throw new ODataException("Expected a value at position " + token.position() + " in $filter");
    }
    return token.text();
  }

  private boolean peek(FilterToken.Kind kind) {
    return next < tokens.size() && tokens.get(next).kind() == kind;
  }

  private boolean peekWord(String word) {
    return peek(FilterToken.Kind.WORD) && tokens.get(next).text().equalsIgnoreCase(word);
  }

  private FilterToken expect(FilterToken.Kind kind, String what) {
    if (!peek(kind)) {
      String found = next < tokens.size() ? "'" + tokens.get(next).text() + "'" : "the end";
      throw new ODataException("Expected " + what + " in $filter but found " + found);
    }
    return tokens.get(next++);
  }
}
