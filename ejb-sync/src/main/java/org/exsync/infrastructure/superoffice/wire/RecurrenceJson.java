package org.exsync.infrastructure.superoffice.wire;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exsync.engine.item.Recurrence;

/**
 * A canonical rule as {@code RecurrenceInfo} and back, without its exceptions (those are rows). The
 * contract holds one weekday in {@code WeekPattern.Weekdays}; a weekly series on several days names
 * none there and lists its dates in {@code Dates}, from whose weekdays it is read back. For yearly
 * series the Web API's {@code Cycle} is the month, so they repeat every year.
 */
public final class RecurrenceJson {

  private RecurrenceJson() {}

  /**
   * @param dates the dates to make rows for: the planned ones without the cancelled
   * @throws IllegalArgumentException for a rule SuperOffice cannot hold
   */
  public static JsonObject write(Recurrence rule, List<LocalDate> dates) {
    if (rule.isEndless()) {
      throw new IllegalArgumentException(
          "SuperOffice series end after a number of occurrences or on a date; this one never ends");
    }
    boolean yearly =
        rule.pattern() == Recurrence.Pattern.YEARLY_BY_DATE
            || rule.pattern() == Recurrence.Pattern.YEARLY_BY_WEEKDAY;
    if (yearly && rule.interval() != 1) {
      throw new IllegalArgumentException(
          "SuperOffice yearly series repeat every year, not every " + rule.interval());
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("IsRecurrence", true)
            .add("StartDate", WireTimes.format(rule.firstDate().atStartOfDay()));
    if (rule.count() != null) {
      json.add("RecurrenceEndType", "Counter").add("RecurrenceCounter", rule.count());
    } else {
      json.add("RecurrenceEndType", "EndDate")
          .add("EndDate", WireTimes.format(rule.lastDate().atStartOfDay()));
    }
    switch (rule.pattern()) {
      case DAILY ->
          json.add("Pattern", "Daily")
              .add(
                  "DayPattern",
                  Json.createObjectBuilder()
                      .add("Pattern", "EveryCyclicDay")
                      .add("Cycle", rule.interval()));
      case WEEKLY -> {
        JsonObjectBuilder week = Json.createObjectBuilder().add("Cycle", rule.interval());
        if (rule.daysOfWeek().size() == 1) {
          week.add("Weekdays", name(rule.daysOfWeek().iterator().next()));
        }
        json.add("Pattern", "Weekly").add("WeekPattern", week);
      }
      case MONTHLY_BY_DAY_OF_MONTH, MONTHLY_BY_WEEKDAY ->
          json.add("Pattern", "Monthly").add("MonthPattern", monthly(rule, rule.interval()));
      case YEARLY_BY_DATE, YEARLY_BY_WEEKDAY ->
          json.add("Pattern", "Yearly").add("YearPattern", monthly(rule, month(rule).getValue()));
    }
    JsonArrayBuilder planned = Json.createArrayBuilder();
    for (LocalDate date : dates) {
      planned.add(Json.createObjectBuilder().add("Date", WireTimes.format(date.atStartOfDay())));
    }
    return json.add("Dates", planned).build();
  }

  /** The rule of a series row's {@code Recurrence}, without exceptions. */
  public static Recurrence read(JsonObject info) {
    String pattern = Entities.text(info, "Pattern");
    LocalDate first = date(info, "StartDate");
    Integer count =
        Entities.text(info, "RecurrenceEndType").equals("Counter")
            ? Entities.number(info, "RecurrenceCounter")
            : null;
    LocalDate last = count == null ? date(info, "EndDate") : null;
    return switch (pattern) {
      case "Daily" -> {
        JsonObject day = Entities.object(info, "DayPattern");
        yield rule(
            Recurrence.Pattern.DAILY, cycle(day), Set.of(), 0, null, null, first, last, count);
      }
      case "Weekly" -> {
        JsonObject week = Entities.object(info, "WeekPattern");
        String day = Entities.text(week, "Weekdays");
        Set<DayOfWeek> days =
            day.isEmpty() || day.equals("Unknown")
                ? weekdaysOfDates(info, first)
                : Set.of(weekday(day));
        yield rule(Recurrence.Pattern.WEEKLY, cycle(week), days, 0, null, null, first, last, count);
      }
      case "Monthly" -> {
        JsonObject month = Entities.object(info, "MonthPattern");
        yield byMonth(month, cycle(month), null, first, last, count, false);
      }
      case "Yearly" -> {
        JsonObject year = Entities.object(info, "YearPattern");
        yield byMonth(year, 1, Month.of(Math.max(1, cycle(year))), first, last, count, true);
      }
      default ->
          throw new IllegalArgumentException(
              "SuperOffice sent a recurrence pattern '" + pattern + "' Exsync does not know");
    };
  }

  private static Recurrence byMonth(
      JsonObject details,
      int interval,
      Month month,
      LocalDate first,
      LocalDate last,
      Integer count,
      boolean yearly) {
    if (Entities.text(details, "Pattern").equals("WeekdayOfMonth")) {
      Recurrence.WeekOfMonth week =
          Recurrence.WeekOfMonth.valueOf(
              Entities.text(details, "WeekOfMonth").toUpperCase(Locale.ROOT));
      return rule(
          yearly ? Recurrence.Pattern.YEARLY_BY_WEEKDAY : Recurrence.Pattern.MONTHLY_BY_WEEKDAY,
          interval,
          Set.of(weekday(Entities.text(details, "Weekday"))),
          0,
          week,
          month,
          first,
          last,
          count);
    }
    int day = Entities.number(details, "Day");
    return rule(
        yearly ? Recurrence.Pattern.YEARLY_BY_DATE : Recurrence.Pattern.MONTHLY_BY_DAY_OF_MONTH,
        interval,
        Set.of(),
        day == 0 ? first.getDayOfMonth() : day,
        null,
        month,
        first,
        last,
        count);
  }

  private static Recurrence rule(
      Recurrence.Pattern pattern,
      int interval,
      Set<DayOfWeek> days,
      int dayOfMonth,
      Recurrence.WeekOfMonth week,
      Month month,
      LocalDate first,
      LocalDate last,
      Integer count) {
    return new Recurrence(
        pattern, interval, days, dayOfMonth, week, month, first, last, count, List.of(), null);
  }

  private static JsonObjectBuilder monthly(Recurrence rule, int cycle) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("Cycle", cycle);
    boolean byWeekday =
        rule.pattern() == Recurrence.Pattern.MONTHLY_BY_WEEKDAY
            || rule.pattern() == Recurrence.Pattern.YEARLY_BY_WEEKDAY;
    if (byWeekday) {
      Recurrence.WeekOfMonth week =
          rule.weekOfMonth() == null ? Recurrence.WeekOfMonth.FIRST : rule.weekOfMonth();
      return json.add("Pattern", "WeekdayOfMonth")
          .add("Weekday", name(rule.daysOfWeek().iterator().next()))
          .add("WeekOfMonth", capitalized(week.name()));
    }
    int day = rule.dayOfMonth() > 0 ? rule.dayOfMonth() : rule.firstDate().getDayOfMonth();
    return json.add("Pattern", "DayOfMonth").add("Day", day);
  }

  private static Month month(Recurrence rule) {
    return rule.month() == null ? rule.firstDate().getMonth() : rule.month();
  }

  private static Set<DayOfWeek> weekdaysOfDates(JsonObject info, LocalDate first) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    JsonValue dates = info.get("Dates");
    if (dates != null && dates.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue entry : dates.asJsonArray()) {
        if (entry.getValueType() == JsonValue.ValueType.OBJECT) {
          String text = Entities.text(entry.asJsonObject(), "Date");
          if (!text.isEmpty()) {
            days.add(WireTimes.local(text, java.time.ZoneOffset.UTC).getDayOfWeek());
          }
        }
      }
    }
    if (days.isEmpty()) {
      days.add(first.getDayOfWeek());
    }
    return days;
  }

  private static int cycle(JsonObject pattern) {
    return Math.max(1, Entities.number(pattern, "Cycle"));
  }

  private static LocalDate date(JsonObject info, String name) {
    return WireTimes.local(Entities.text(info, name), java.time.ZoneOffset.UTC).toLocalDate();
  }

  private static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static String name(DayOfWeek day) {
    return capitalized(day.name());
  }

  private static String capitalized(String name) {
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
