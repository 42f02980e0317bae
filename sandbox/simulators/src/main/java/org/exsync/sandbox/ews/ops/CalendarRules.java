package org.exsync.sandbox.ews.ops;

import java.time.Instant;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.store.DateTimes;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.ItemKind;
import org.exsync.sandbox.ews.store.Occurrences;

/** The checks Exchange makes before it saves a calendar item. */
final class CalendarRules {

  private CalendarRules() {}

  static void check(Item item) {
    if (item.kind() != ItemKind.CALENDAR_ITEM) {
      return;
    }
    Instant start = item.text("Start").flatMap(DateTimes::parse).orElse(null);
    Instant end = item.text("End").flatMap(DateTimes::parse).orElse(null);
    if (start == null || end == null) {
      throw new ResponseError(
          "ErrorCalendarInvalidPropertyValue", "A calendar item needs both Start and End.");
    }
    if (end.isBefore(start)) {
      throw new ResponseError(
          "ErrorCalendarEndDateIsEarlierThanStartDate", "EndDate is earlier than StartDate");
    }
    if (item.isRecurringMaster()) {
      try {
        Occurrences.of(item, start.plusSeconds(1));
      } catch (Occurrences.UnsupportedPattern | IndexOutOfBoundsException e) {
        throw new ResponseError("ErrorCalendarInvalidRecurrence", e.getMessage());
      }
    }
  }
}
