package org.exsync.sandbox.ews.ops;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.xml.Dom;
import org.w3c.dom.Element;

/**
 * Evaluates the restrictions a sync client uses to find its own folders and items again: IsEqualTo,
 * IsNotEqualTo, Contains, Exists, And, Or, Not on a property or an extended property. Others answer
 * ErrorUnsupportedQueryFilter, as Exchange does for filters a store cannot run.
 */
final class Restriction {

  private Restriction() {}

  /**
   * @param expression the single child of a Restriction element
   * @param values the value of a property path (element name or extended property key)
   */
  static boolean matches(Element expression, Function<String, Optional<String>> values) {
    return switch (expression.getLocalName()) {
      case "And" -> Dom.children(expression).stream().allMatch(e -> matches(e, values));
      case "Or" -> Dom.children(expression).stream().anyMatch(e -> matches(e, values));
      case "Not" -> !matches(Dom.children(expression).get(0), values);
      case "Exists" -> value(expression, values).isPresent();
      case "IsEqualTo" ->
          value(expression, values)
              .map(v -> v.equalsIgnoreCase(constant(expression)))
              .orElse(false);
      case "IsNotEqualTo" ->
          !value(expression, values)
              .map(v -> v.equalsIgnoreCase(constant(expression)))
              .orElse(false);
      case "Contains" ->
          value(expression, values)
              .map(
                  v ->
                      v.toLowerCase(Locale.ROOT)
                          .contains(constant(expression).toLowerCase(Locale.ROOT)))
              .orElse(false);
      default ->
          throw new ResponseError(
              "ErrorUnsupportedQueryFilter",
              "The restriction " + expression.getLocalName() + " is not supported.");
    };
  }

  private static Optional<String> value(
      Element expression, Function<String, Optional<String>> values) {
    Element path = Dom.children(expression).get(0);
    String key =
        "ExtendedFieldURI".equals(path.getLocalName())
            ? ExtendedPaths.key(path)
            : FieldUris.element(path.getAttribute("FieldURI"));
    return values.apply(key);
  }

  private static String constant(Element expression) {
    for (Element child : Dom.children(expression)) {
      if ("FieldURIOrConstant".equals(child.getLocalName())
          || "Constant".equals(child.getLocalName())) {
        Element constant =
            "Constant".equals(child.getLocalName())
                ? child
                : Dom.child(child, "Constant")
                    .orElseThrow(
                        () ->
                            new ResponseError(
                                "ErrorUnsupportedQueryFilter", "Only constants can be compared."));
        return constant.getAttribute("Value");
      }
    }
    return "";
  }
}
