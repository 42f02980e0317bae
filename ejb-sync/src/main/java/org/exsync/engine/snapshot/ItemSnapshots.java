package org.exsync.engine.snapshot;

import java.util.Map;
import java.util.Optional;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.TaskItem;

/**
 * Writes canonical items as text and reads them back. Every field is kept, also those the content
 * hash leaves out, so that a snapshot read back equals the item written.
 */
public final class ItemSnapshots {

  static final String VERSION = "v1";

  private ItemSnapshots() {}

  public static String write(CanonicalItem item) {
    if (item instanceof AppointmentItem appointment) {
      return AppointmentSnapshot.write(appointment);
    }
    if (item instanceof TaskItem task) {
      return TaskSnapshot.write(task);
    }
    return ContactSnapshot.write((ContactItem) item);
  }

  /**
   * The item a snapshot stands for.
   *
   * @throws IllegalArgumentException if the text is not a snapshot of this version
   */
  public static CanonicalItem read(String snapshot) {
    SnapshotText text = SnapshotText.parse(snapshot);
    return switch (text.header()) {
      case "appointment " + VERSION -> AppointmentSnapshot.read(text);
      case "task " + VERSION -> TaskSnapshot.read(text);
      case "contact " + VERSION -> ContactSnapshot.read(text);
      default ->
          throw new IllegalArgumentException(
              "Not a snapshot of version " + VERSION + ": '" + text.header() + "'");
    };
  }

  /**
   * The snapshot's fields by key, in the order they were written, for showing an item field by
   * field; an unreadable snapshot has none.
   */
  public static Map<String, String> fields(String snapshot) {
    try {
      return SnapshotText.parse(snapshot).fields();
    } catch (RuntimeException unreadable) {
      return Map.of();
    }
  }

  /** The item, or empty if the snapshot cannot be read (written by another version, say). */
  public static Optional<CanonicalItem> tryRead(String snapshot) {
    try {
      return Optional.of(read(snapshot));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
