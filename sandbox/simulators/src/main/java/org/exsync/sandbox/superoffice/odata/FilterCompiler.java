package org.exsync.sandbox.superoffice.odata;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Turns parsed conditions into a test on rows of one archive. */
final class FilterCompiler {

  private FilterCompiler() {}

  static <T> Predicate<T> compile(List<Condition> conditions, Archive<T> archive, ZoneId zone) {
    Predicate<T> all = row -> true;
    for (Condition condition : conditions) {
      all = all.and(compile(condition, archive, zone));
    }
    return all;
  }

  private static <T> Predicate<T> compile(Condition condition, Archive<T> archive, ZoneId zone) {
    Column<T> column = archive.require(condition.column());
    Condition.Operator operator = condition.operator();
    List<Literal> values =
        condition.operands().stream().map(text -> Literal.read(text, column.type(), zone)).toList();
    checkApplies(operator, column);
    return row -> test(operator, column.read(row, zone), values);
  }

  private static void checkApplies(Condition.Operator operator, Column<?> column) {
    boolean dates =
        column.type() == ColumnType.DATETIME || column.type() == ColumnType.UTC_DATETIME;
    boolean ok =
        switch (operator) {
          case EQ, NE -> true;
          case GT, GE, LT, LE, BETWEEN -> column.type() != ColumnType.BOOL;
          case AFTER_TIME, BEFORE_TIME -> dates;
          case BEGINS, CONTAINS -> column.type() == ColumnType.STRING;
        };
    if (!ok) {
      throw new ODataException(
          "Operator " + operator.word + " does not apply to column " + column.name());
    }
  }

  private static boolean test(Condition.Operator operator, Object value, List<Literal> operands) {
    if (value == null) {
      return operator == Condition.Operator.NE;
    }
    Literal first = operands.get(0);
    return switch (operator) {
      case EQ -> compare(value, first) == 0;
      case NE -> compare(value, first) != 0;
      case GT -> compare(value, first) > 0;
      case GE -> compare(value, first) >= 0;
      case LT -> compare(value, first) < 0;
      case LE -> compare(value, first) <= 0;
      case AFTER_TIME -> ((LocalDateTime) value).isAfter((LocalDateTime) first.value());
      case BEFORE_TIME -> ((LocalDateTime) value).isBefore((LocalDateTime) first.value());
      case BETWEEN -> compare(value, first) >= 0 && compare(value, operands.get(1)) <= 0;
      case BEGINS -> lower(value).startsWith(lower(first.value()));
      case CONTAINS -> lower(value).contains(lower(first.value()));
    };
  }

  private static int compare(Object value, Literal literal) {
    if (value instanceof LocalDateTime time) {
      LocalDateTime other = (LocalDateTime) literal.value();
      return literal.dateOnly()
          ? time.toLocalDate().compareTo(other.toLocalDate())
          : time.compareTo(other);
    }
    if (value instanceof String text) {
      return text.compareToIgnoreCase((String) literal.value());
    }
    if (value instanceof Integer number) {
      return number.compareTo((Integer) literal.value());
    }
    return ((Boolean) value).compareTo((Boolean) literal.value());
  }

  private static String lower(Object value) {
    return value.toString().toLowerCase(Locale.ROOT);
  }
}
