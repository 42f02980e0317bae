package org.exsync.infrastructure.exchange.translate;

import java.util.Optional;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.service.ServiceObject;
import microsoft.exchange.webservices.data.property.complex.ExtendedProperty;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;

/**
 * The named extended properties Exsync keeps on Exchange objects, in a property set of its own so
 * that no other application's properties are touched: the IANA zone an item was planned in (EWS
 * holds only a Windows zone, which several IANA zones share) and the marker of a contacts folder
 * Exsync created for a selection.
 */
public final class ExsyncProperties {

  /** Exsync's property set; never change it, or Exsync no longer finds its own properties. */
  public static final UUID PROPERTY_SET = UUID.fromString("4db29d85-4f0d-461d-9f97-9901999fe507");

  /** The IANA zone id of an appointment or task, as Exsync last wrote it. */
  public static final ExtendedPropertyDefinition ZONE = string("ExsyncZone");

  /** The marker that finds Exsync's contacts folder of a selection again. */
  public static final ExtendedPropertyDefinition FOLDER_MARKER = string("ExsyncFolderMarker");

  private ExsyncProperties() {}

  private static ExtendedPropertyDefinition string(String name) {
    try {
      return new ExtendedPropertyDefinition(PROPERTY_SET, name, MapiPropertyType.String);
    } catch (Exception e) {
      throw new IllegalStateException("ews-java-api refused the property " + name, e);
    }
  }

  /** The value of a string extended property the object was loaded with, if it has one. */
  public static Optional<String> read(ServiceObject object, ExtendedPropertyDefinition definition) {
    try {
      for (ExtendedProperty property : extended(object)) {
        if (definition.equals(property.getPropertyDefinition())) {
          return Optional.ofNullable(property.getValue()).map(Object::toString);
        }
      }
      return Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static Iterable<ExtendedProperty> extended(ServiceObject object) throws Exception {
    if (object instanceof microsoft.exchange.webservices.data.core.service.item.Item item) {
      return item.getExtendedProperties();
    }
    if (object instanceof microsoft.exchange.webservices.data.core.service.folder.Folder folder) {
      return folder.getExtendedPropertiesForService();
    }
    return java.util.List.of();
  }
}
