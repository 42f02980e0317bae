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
    Instant due = WireTimes.diary(Entities.text(entity, "EndDate"), base);
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
   * @throws IllegalArgumentException for a task without a date or with a reminder after its start,
   *     which a to-do cannot hold
   */
  public static JsonObjectBuilder write(TaskItem task, int associateId, ZoneId base) {
    Instant due = task.due() != null ? task.due() : task.start();
    if (due == null) {
      throw new IllegalArgumentException(
          "SuperOffice to-dos need a date; task '" + task.subject() + "' has no start or due date");
    }
    Instant start = task.start() != null ? task.start() : due;
    Integer lead = null;
    if (task.reminderAt() != null) {
      long seconds = start.getEpochSecond() - task.reminderAt().getEpochSecond();
      if (seconds < 0 || seconds % 60 != 0) {
        throw new IllegalArgumentException(
            "SuperOffice reminds whole minutes before a to-do starts; task '"
                + task.subject()
                + "' reminds at "
                + task.reminderAt()
                + " after or off the minute of its start "
                + start);
      }
      lead = (int) (seconds / 60);
    }
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
