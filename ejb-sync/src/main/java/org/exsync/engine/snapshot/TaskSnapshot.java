package org.exsync.engine.snapshot;

import org.exsync.engine.item.TaskItem;

/** The snapshot form of a task. */
final class TaskSnapshot {

  private TaskSnapshot() {}

  static String write(TaskItem item) {
    return SnapshotText.create("task")
        .put("subject", item.subject())
        .put("body", item.body())
        .put("start", item.start())
        .put("due", item.due())
        .put("zone", item.zone().getId())
        .put("status", item.status())
        .put("percentComplete", item.percentComplete())
        .put("completedAt", item.completedAt())
        .put("priority", item.priority())
        .put("reminderAt", item.reminderAt())
        .put("private", item.isPrivate())
        .write();
  }

  static TaskItem read(SnapshotText text) {
    return new TaskItem(
        text.textOrEmpty("subject"),
        text.textOrEmpty("body"),
        text.instant("start"),
        text.instant("due"),
        text.zone("zone"),
        text.enumValue("status", TaskItem.Status.class),
        text.integer("percentComplete"),
        text.instant("completedAt"),
        text.enumValue("priority", TaskItem.Priority.class),
        text.instant("reminderAt"),
        text.bool("private"));
  }
}
