package org.exsync.infrastructure.exchange.translate;

import microsoft.exchange.webservices.data.core.service.ServiceObject;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinition;

/**
 * Reads a loaded property without ews-java-api's primitive getters, which throw a
 * NullPointerException when Exchange left the property out of its answer.
 */
final class Props {

  private Props() {}

  /** The property's value, or null when Exchange sent none. */
  static <T> T get(ServiceObject object, PropertyDefinition property, Class<T> type)
      throws Exception {
    Object value = object.getObjectFromPropertyDefinition(property);
    return type.isInstance(value) ? type.cast(value) : null;
  }

  static boolean flag(ServiceObject object, PropertyDefinition property) throws Exception {
    return Boolean.TRUE.equals(get(object, property, Boolean.class));
  }

  static String text(ServiceObject object, PropertyDefinition property) throws Exception {
    String value = get(object, property, String.class);
    return value == null ? "" : value;
  }
}
