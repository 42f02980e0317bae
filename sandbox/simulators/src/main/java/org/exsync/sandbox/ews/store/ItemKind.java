package org.exsync.sandbox.ews.store;

import java.util.Arrays;
import java.util.Optional;

/** The item kinds the simulator keeps, with their element, schema type and message class. */
public enum ItemKind {
  CALENDAR_ITEM("CalendarItem", "CalendarItemType", "IPM.Appointment", "calendar"),
  TASK("Task", "TaskType", "IPM.Task", "tasks"),
  CONTACT("Contact", "ContactItemType", "IPM.Contact", "contacts");

  private final String element;
  private final String schemaType;
  private final String itemClass;
  private final String defaultFolder;

  ItemKind(String element, String schemaType, String itemClass, String defaultFolder) {
    this.element = element;
    this.schemaType = schemaType;
    this.itemClass = itemClass;
    this.defaultFolder = defaultFolder;
  }

  public String element() {
    return element;
  }

  public String schemaType() {
    return schemaType;
  }

  public String itemClass() {
    return itemClass;
  }

  /** The distinguished folder new items of this kind go to when the request names none. */
  public String defaultFolder() {
    return defaultFolder;
  }

  public static Optional<ItemKind> byElement(String element) {
    return Arrays.stream(values()).filter(k -> k.element.equals(element)).findFirst();
  }
}
