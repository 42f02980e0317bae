package org.exsync.sandbox.ews.ops;

import java.util.Map;

/** Maps property paths ({@code item:Subject}, {@code contacts:EmailAddress}) to element names. */
final class FieldUris {

  private static final Map<String, String> SPECIAL =
      Map.of(
          "contacts:EmailAddress", "EmailAddresses",
          "contacts:PhoneNumber", "PhoneNumbers",
          "contacts:ImAddress", "ImAddresses",
          "folder:FolderId", "FolderId",
          "item:ItemId", "ItemId");

  private FieldUris() {}

  /** The element a FieldURI or an indexed FieldURI's base names. */
  static String element(String fieldUri) {
    String special = SPECIAL.get(fieldUri);
    if (special != null) {
      return special;
    }
    if (fieldUri.startsWith("contacts:PhysicalAddress:")) {
      return "PhysicalAddresses";
    }
    int colon = fieldUri.indexOf(':');
    return colon < 0 ? fieldUri : fieldUri.substring(colon + 1);
  }

  /** For {@code contacts:PhysicalAddress:Street}, the part within the entry; else null. */
  static String entryPart(String fieldUri) {
    return fieldUri.startsWith("contacts:PhysicalAddress:")
        ? fieldUri.substring("contacts:PhysicalAddress:".length())
        : null;
  }
}
