package org.exsync.infrastructure.exchange.translate;

import microsoft.exchange.webservices.data.core.exception.service.local.ServiceObjectPropertyException;
import microsoft.exchange.webservices.data.core.service.ServiceObject;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinition;

/**
 * Reads a loaded property as null when Exchange left it out of its answer (as it does for a
 * property that was never set), where ews-java-api's getters throw.
 */
public final class Props {

  private Props() {}

  /** The property's value, or null when Exchange sent none. */
  public static <T> T get(ServiceObject object, PropertyDefinition property, Class<T> type)
      throws Exception {
    Object value;
    try {
      value = object.getObjectFromPropertyDefinition(property);
    } catch (ServiceObjectPropertyException notReturned) {
      return null;
    }
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
