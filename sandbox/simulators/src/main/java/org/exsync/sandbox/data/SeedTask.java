package org.exsync.sandbox.data;

import java.time.ZonedDateTime;

/**
 * A to-do: a SuperOffice checklist appointment, an Exchange task.
 *
 * @param key stable identity within the world
 * @param title subject line
 * @param description body text
 * @param start when work starts, or {@code null}
 * @param due when it is due
 * @param status progress
 * @param percentComplete 0 to 100, 100 exactly when completed
 * @param priority importance
 * @param reminderMinutes minutes before due for the reminder, or {@code null}
 * @param isPrivate private
 */
public record SeedTask(
    String key,
    String title,
    String description,
    ZonedDateTime start,
    ZonedDateTime due,
    Status status,
    int percentComplete,
    Priority priority,
    Integer reminderMinutes,
    boolean isPrivate) {

  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
  }

  public enum Priority {
    LOW,
    NORMAL,
    HIGH
  }
}
