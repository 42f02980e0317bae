package org.exsync.infrastructure.exchange.translate;

import java.time.Instant;
import java.util.Date;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.enumeration.property.Importance;
import microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity;
import microsoft.exchange.webservices.data.core.enumeration.service.TaskStatus;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.TaskSchema;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import org.exsync.engine.item.TaskItem;

/**
 * Exchange tasks and canonical to-dos. Exchange keeps no zone on a task, so Exsync keeps the one
 * the to-do was planned in beside it; a task without one is read in UTC. A recurring task is read
 * as its current instance: canonical to-dos do not repeat, and Exsync never writes the rule.
 */
public final class TaskTranslator {

  private TaskTranslator() {}

  /** The canonical to-do of a task loaded with {@link PropertySets#full}. */
  public static TaskItem read(Task task) throws Exception {
    TaskItem.Status status = status(Props.get(task, TaskSchema.Status, TaskStatus.class));
    Double percent = Props.get(task, TaskSchema.PercentComplete, Double.class);
    int complete = status == TaskItem.Status.COMPLETED ? 100 : percentBelowDone(percent);
    try {
      return new TaskItem(
          Props.text(task, ItemSchema.Subject),
          body(task),
          instant(task, TaskSchema.StartDate),
          instant(task, TaskSchema.DueDate),
          ItemZones.taskZone(ExsyncProperties.read(task, ExsyncProperties.ZONE).orElse(null)),
          status,
          complete,
          status == TaskItem.Status.COMPLETED ? instant(task, TaskSchema.CompleteDate) : null,
          priority(Props.get(task, ItemSchema.Importance, Importance.class)),
          Props.flag(task, ItemSchema.IsReminderSet)
              ? instant(task, ItemSchema.ReminderDueBy)
              : null,
          AppointmentTranslator.isPrivate(
              Props.get(task, ItemSchema.Sensitivity, Sensitivity.class)));
    } catch (IllegalArgumentException e) {
      throw new Untranslatable("The task cannot be kept in step: " + e.getMessage());
    }
  }

  /**
   * Puts a canonical to-do's content on a new task or on one loaded with {@link PropertySets#full}.
   */
  public static void write(TaskItem source, Task target, boolean isNew) throws Exception {
    target.setSubject(source.subject());
    target.setBody(new MessageBody(BodyType.Text, source.body()));
    setDate(target, TaskSchema.StartDate, source.start(), isNew);
    setDate(target, TaskSchema.DueDate, source.due(), isNew);
    target.setStatus(status(source.status()));
    target.setPercentComplete((double) source.percentComplete());
    if (source.completedAt() != null) {
      target.setCompleteDate(Date.from(source.completedAt()));
    }
    target.setImportance(importance(source.priority()));
    target.setIsReminderSet(source.reminderAt() != null);
    if (source.reminderAt() != null) {
      target.setReminderDueBy(Date.from(source.reminderAt()));
    }
    target.setSensitivity(source.isPrivate() ? Sensitivity.Private : Sensitivity.Normal);
    target.setExtendedProperty(ExsyncProperties.ZONE, source.zone().getId());
  }

  private static void setDate(
      Task target,
      microsoft.exchange.webservices.data.property.definition.PropertyDefinition property,
      Instant value,
      boolean isNew)
      throws Exception {
    if (value != null) {
      target.getPropertyBag().setObjectFromPropertyDefinition(property, Date.from(value));
    } else if (!isNew && Props.get(target, property, Date.class) != null) {
      target.getPropertyBag().setObjectFromPropertyDefinition(property, null);
    }
  }

  private static Instant instant(
      Task task,
      microsoft.exchange.webservices.data.property.definition.PropertyDefinition property)
      throws Exception {
    return EwsDates.toInstant(Props.get(task, property, Date.class));
  }

  /** Exchange says 100 % exactly when a task is complete; a stray 100 on an open task is 99. */
  private static int percentBelowDone(Double percent) {
    if (percent == null) {
      return 0;
    }
    return (int) Math.max(0, Math.min(99, Math.round(percent)));
  }

  private static String body(Task task) throws Exception {
    MessageBody body = Props.get(task, ItemSchema.Body, MessageBody.class);
    return body == null ? "" : MessageBody.getStringFromMessageBody(body);
  }

  private static TaskItem.Status status(TaskStatus status) {
    if (status == null) {
      return TaskItem.Status.NOT_STARTED;
    }
    return switch (status) {
      case NotStarted -> TaskItem.Status.NOT_STARTED;
      case InProgress -> TaskItem.Status.IN_PROGRESS;
      case Completed -> TaskItem.Status.COMPLETED;
      case WaitingOnOthers -> TaskItem.Status.WAITING;
      case Deferred -> TaskItem.Status.DEFERRED;
    };
  }

  private static TaskStatus status(TaskItem.Status status) {
    return switch (status) {
      case NOT_STARTED -> TaskStatus.NotStarted;
      case IN_PROGRESS -> TaskStatus.InProgress;
      case COMPLETED -> TaskStatus.Completed;
      case WAITING -> TaskStatus.WaitingOnOthers;
      case DEFERRED -> TaskStatus.Deferred;
    };
  }

  private static TaskItem.Priority priority(Importance importance) {
    if (importance == null) {
      return TaskItem.Priority.NORMAL;
    }
    return switch (importance) {
      case Low -> TaskItem.Priority.LOW;
      case Normal -> TaskItem.Priority.NORMAL;
      case High -> TaskItem.Priority.HIGH;
    };
  }

  private static Importance importance(TaskItem.Priority priority) {
    return switch (priority) {
      case LOW -> Importance.Low;
      case NORMAL -> Importance.Normal;
      case HIGH -> Importance.High;
    };
  }
}
