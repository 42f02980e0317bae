package org.exsync.sandbox.ews.ops;

import java.util.HashSet;
import java.util.Set;
import org.exsync.sandbox.ews.xml.Dom;
import org.w3c.dom.Element;

/**
 * A response shape (ItemShape or FolderShape): the base set and the additional properties.
 *
 * @param idOnly only ids, plus the additional properties
 * @param additional element names asked for in AdditionalProperties
 * @param extended keys of extended properties asked for
 * @param bodyType Best, Text or HTML
 */
record Shape(boolean idOnly, Set<String> additional, Set<String> extended, String bodyType) {

  static Shape read(Element shape) {
    boolean idOnly = Dom.childText(shape, "BaseShape").orElse("IdOnly").equals("IdOnly");
    Set<String> additional = new HashSet<>();
    Set<String> extended = new HashSet<>();
    Dom.child(shape, "AdditionalProperties")
        .ifPresent(
            list -> {
              for (Element path : Dom.children(list)) {
                switch (path.getLocalName()) {
                  case "ExtendedFieldURI" -> extended.add(ExtendedPaths.key(path));
                  default -> additional.add(FieldUris.element(path.getAttribute("FieldURI")));
                }
              }
            });
    return new Shape(idOnly, additional, extended, Dom.childText(shape, "BodyType").orElse("Best"));
  }

  boolean wants(String element) {
    return !idOnly || additional.contains(element);
  }
}
