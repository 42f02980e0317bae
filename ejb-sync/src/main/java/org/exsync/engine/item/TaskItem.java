package org.exsync.engine.item;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.exsync.domain.shared.ItemKind;

/**
 * A to-do: a SuperOffice checklist appointment, an Exchange task. SuperOffice knows three states
 * and no percentage or priority of its own for to-dos, so the hash compares {@link
 * Status#progress()} and leaves percent complete and priority to Exchange.
 *
 * @param subject the title line
 * @param body plain text
 * @param start when work starts, or null
 * @param due when it is due, or null
 * @param zone the zone its dates were set in
 * @param status progress
 * @param percentComplete 0 to 100; 100 exactly when completed
 * @param completedAt when it was completed, or null
 * @param priority importance
 * @param reminderAt when the reminder fires, or null for none
 * @param isPrivate visible only to its owner
 */
public record TaskItem(
    String subject,
    String body,
    Instant start,
    Instant due,
    ZoneId zone,
    Status status,
    int percentComplete,
    Instant completedAt,
    Priority priority,
    Instant reminderAt,
    boolean isPrivate)
    implements CanonicalItem {

  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    WAITING,
    DEFERRED,
    COMPLETED;

    /** The three states both systems hold: not started, started, completed. */
    public Status progress() {
      return switch (this) {
        case NOT_STARTED -> NOT_STARTED;
        case IN_PROGRESS, WAITING, DEFERRED -> IN_PROGRESS;
        case COMPLETED -> COMPLETED;
      };
    }
  }

  public enum Priority {
    LOW,
    NORMAL,
    HIGH
  }

  public TaskItem {
    Objects.requireNonNull(zone, "zone");
    status = status == null ? Status.NOT_STARTED : status;
    if (percentComplete < 0 || percentComplete > 100) {
      throw new IllegalArgumentException(
          "percentComplete must be between 0 and 100, got " + percentComplete);
    }
    if ((status == Status.COMPLETED) != (percentComplete == 100)) {
      throw new IllegalArgumentException(
          "A task is 100 % complete exactly when its status is COMPLETED, got "
              + status
              + " at "
              + percentComplete
              + " %");
    }
    if (start != null && due != null && due.isBefore(start)) {
      throw new IllegalArgumentException(
          "A task must not be due (" + due + ") before it starts (" + start + ")");
    }
    subject = Texts.clean(subject);
    body = Texts.body(body);
    priority = priority == null ? Priority.NORMAL : priority;
  }

  /** The same task with another reminder. */
  public TaskItem withReminderAt(Instant reminder) {
    return new TaskItem(
        subject,
        body,
        start,
        due,
        zone,
        status,
        percentComplete,
        completedAt,
        priority,
        reminder,
        isPrivate);
  }

  @Override
  public ItemKind kind() {
    return ItemKind.TASK;
  }

  @Override
  public String title() {
    return subject;
  }

  @Override
  public String contentHash() {
    return Fingerprint.of("task")
        .add("subject", subject)
        .add("body", body)
        .add("start", start == null ? null : start.getEpochSecond())
        .add("due", due == null ? null : due.getEpochSecond())
        .add("progress", status.progress())
        .add("reminderAt", reminderAt == null ? null : reminderAt.getEpochSecond())
        .add("private", isPrivate)
        .finish();
  }
}
