package org.exsync.sandbox.superoffice.odata;

import java.util.List;

/**
 * One parsed comparison of a {@code $filter}: a column, an operator and its operands as written.
 */
record Condition(String column, Operator operator, List<String> operands) {

  enum Operator {
    EQ("eq", 1),
    NE("ne", 1),
    GT("gt", 1),
    GE("ge", 1),
    LT("lt", 1),
    LE("le", 1),
    AFTER_TIME("afterTime", 1),
    BEFORE_TIME("beforeTime", 1),
    BETWEEN("between", 2),
    BEGINS("begins", 1),
    CONTAINS("contains", 1);

    final String word;
    final int operands;

    Operator(String word, int operands) {
      this.word = word;
      this.operands = operands;
    }

    static Operator of(String word) {
      for (Operator operator : values()) {
        if (operator.word.equalsIgnoreCase(word)) {
          return operator;
        }
      }
      throw new ODataException("Unknown operator '" + word + "' in $filter");
    }
  }
}
