package org.exsync.sandbox.ews.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mailbox folder: distinguished (calendar, tasks, contacts, the root) or created by a client.
 * Keeps the tombstones of deleted items for SyncFolderItems. Guarded by its mailbox's lock.
 */
public final class Folder {

  private final String id;
  private final String parentId;
  private final String folderClass;
  private final String distinguishedName;
  private final Map<String, long[]> tombstones = new LinkedHashMap<>();
  private final Map<String, org.exsync.sandbox.ews.xml.XmlNode> extended = new LinkedHashMap<>();
  private String displayName;
  private String changeKey;

  Folder(
      String id,
      String parentId,
      String displayName,
      String folderClass,
      String distinguishedName,
      String changeKey) {
    this.id = id;
    this.parentId = parentId;
    this.displayName = displayName;
    this.folderClass = folderClass;
    this.distinguishedName = distinguishedName;
    this.changeKey = changeKey;
  }

  public String id() {
    return id;
  }

  /** The parent's id, or null for the root. */
  public String parentId() {
    return parentId;
  }

  public String displayName() {
    return displayName;
  }

  void rename(String name, String newChangeKey) {
    this.displayName = name;
    this.changeKey = newChangeKey;
  }

  /** {@code IPF.Appointment}, {@code IPF.Task}, {@code IPF.Contact} or {@code IPF.Note}. */
  public String folderClass() {
    return folderClass;
  }

  /** The distinguished name (calendar, contacts, ...), or null for a folder a client created. */
  public String distinguishedName() {
    return distinguishedName;
  }

  public String changeKey() {
    return changeKey;
  }

  /** Deleted items' ids with the change sequences of their creation and deletion. */
  Map<String, long[]> tombstones() {
    return tombstones;
  }

  public Map<String, org.exsync.sandbox.ews.xml.XmlNode> extended() {
    return extended;
  }

  /** The schema type of the folder element: CalendarFolder, TasksFolder, ContactsFolder, Folder. */
  public String element() {
    return switch (folderClass) {
      case "IPF.Appointment" -> "CalendarFolder";
      case "IPF.Contact" -> "ContactsFolder";
      case "IPF.Task" -> "TasksFolder";
      default -> "Folder";
    };
  }
}
