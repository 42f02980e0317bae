package org.exsync.infrastructure.superoffice.wire;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import org.exsync.engine.item.TaskItem;

/**
 * A to-do ({@code inChecklist}) as {@code AppointmentEntity} and back. {@code StartDate} is when
 * work starts and {@code EndDate} when it is due; a to-do always has both, so a task with a due
 * date only is written starting when it is due and read back without a start. The alarm fires its
 * lead time before the start. {@code Completed} holds NotStarted, Started or Completed.
 */
public final class TaskJson {

  private TaskJson() {}

  public static TaskItem read(JsonObject entity, ZoneId base) {
    Instant start = WireTimes.diary(Entities.text(entity, "StartDate"), base);
    Instant due = WireTimes.diaryEnd(Entities.text(entity, "EndDate"), base, start);
    TaskItem.Status status =
        switch (Entities.text(entity, "Completed")) {
          case "Completed" -> TaskItem.Status.COMPLETED;
          case "Started" -> TaskItem.Status.IN_PROGRESS;
          default -> TaskItem.Status.NOT_STARTED;
        };
    Instant reminder =
        Entities.flag(entity, "HasAlarm")
            ? start.minusSeconds(60L * WireTimes.minutes(Entities.text(entity, "AlarmLeadTime")))
            : null;
    return new TaskItem(
        Entities.text(entity, "Title"),
        Entities.text(entity, "Description"),
        start.equals(due) ? null : start,
        due.isBefore(start) ? start : due,
        base,
        status,
        status == TaskItem.Status.COMPLETED ? 100 : 0,
        null,
        TaskItem.Priority.NORMAL,
        reminder,
        AppointmentJson.isPrivate(entity));
  }

  /**
   * The task as a to-do holds it: the alarm goes off whole minutes before the start, so a reminder
   * between two minutes moves to the earlier one, and one after the start (a reminder on the due
   * day of a task started before) to the start itself.
   */
  public static TaskItem held(TaskItem task) {
    Instant reminder = heldReminder(task);
    if (java.util.Objects.equals(reminder, task.reminderAt())) {
      return task;
    }
    return task.withReminderAt(reminder);
  }

  private static Instant heldReminder(TaskItem task) {
    Instant start = task.start() != null ? task.start() : task.due();
    if (task.reminderAt() == null || start == null) {
      return task.reminderAt();
    }
    long seconds = Math.max(0, start.getEpochSecond() - task.reminderAt().getEpochSecond());
    return start.minusSeconds(seconds + (60 - seconds % 60) % 60);
  }

  /**
   * @throws IllegalArgumentException for a task without a date, which a to-do cannot hold
   */
  public static JsonObjectBuilder write(TaskItem task, int associateId, ZoneId base) {
    Instant due = task.due() != null ? task.due() : task.start();
    if (due == null) {
      throw new IllegalArgumentException(
          "SuperOffice to-dos need a date; task '" + task.subject() + "' has no start or due date");
    }
    Instant start = task.start() != null ? task.start() : due;
    Instant reminder = heldReminder(task);
    Integer lead =
        reminder == null ? null : (int) ((start.getEpochSecond() - reminder.getEpochSecond()) / 60);
    String completed =
        switch (task.status().progress()) {
          case COMPLETED -> "Completed";
          case IN_PROGRESS -> "Started";
          default -> "NotStarted";
        };
    return AppointmentJson.common(associateId, "inChecklist", task.isPrivate(), lead)
        .add("Title", task.subject())
        .add("Description", task.body())
        .add("StartDate", WireTimes.diary(start, base))
        .add("EndDate", WireTimes.diary(due, base))
        .add("Completed", completed);
  }
}
