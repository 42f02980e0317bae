package org.exsync.engine.plan;

import java.time.Instant;
import java.time.ZoneId;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.port.SyncWindow;

/**
 * Whether an item belongs to the sync window. A series belongs while any of its span does (an
 * endless one from its start on); a task by its due date, else its start, and always without
 * either; contacts have no window.
 */
public final class ItemWindow {

  private ItemWindow() {}

  public static boolean contains(SyncWindow window, CanonicalItem item) {
    if (window == null) {
      return true;
    }
    if (item instanceof AppointmentItem appointment) {
      return window.overlaps(appointment.start(), seriesEnd(appointment));
    }
    if (item instanceof TaskItem task) {
      Instant when = task.due() != null ? task.due() : task.start();
      return when == null || window.overlaps(when, when);
    }
    return true;
  }

  private static Instant seriesEnd(AppointmentItem appointment) {
    Recurrence rule = appointment.recurrence();
    if (rule == null) {
      return appointment.end();
    }
    ZoneId zone = appointment.zone();
    if (rule.lastDate() != null) {
      return rule.lastDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
    if (rule.count() != null) {
      long daysPerStep =
          switch (rule.pattern()) {
            case DAILY -> 1;
            case WEEKLY -> 7;
            case MONTHLY_BY_DAY_OF_MONTH, MONTHLY_BY_WEEKDAY -> 31;
            case YEARLY_BY_DATE, YEARLY_BY_WEEKDAY -> 366;
          };
      long days = daysPerStep * rule.interval() * rule.count();
      return rule.firstDate().plusDays(days + 1).atStartOfDay(zone).toInstant();
    }
    return Instant.MAX;
  }
}
