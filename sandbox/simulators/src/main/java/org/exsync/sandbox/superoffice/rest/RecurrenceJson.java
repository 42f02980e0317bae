package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.store.RecurrenceRule;

/**
 * {@code RecurrenceInfo} in and out. Written with the pattern object that belongs to the rule's
 * pattern and {@code Dates}, every date the rule planned; read on create, where a client sends the
 * pattern and may send the dates it wants (the Web API then makes a row for each of them).
 */
final class RecurrenceJson {

  private RecurrenceJson() {}

  static JsonObject write(RecurrenceRule rule) {
    JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
    if (rule == null) {
      return json.add("RecurrenceId", 0).add("IsRecurrence", false).build();
    }
    json.add("RecurrenceId", rule.id())
        .add("IsRecurrence", true)
        .add("Pattern", rule.pattern().name())
        .add("RecurrenceEndType", rule.endType().name())
        .add("RecurrenceCounter", rule.count())
        .add("StartDate", WireDates.format(rule.startDate().atStartOfDay()))
        .add("EndDate", WireDates.format(rule.endDate().atStartOfDay()));
    switch (rule.pattern()) {
      case Daily ->
          json.add(
              "DayPattern",
              jakarta.json.Json.createObjectBuilder()
                  .add("Pattern", "EveryCyclicDay")
                  .add("Cycle", rule.cycle()));
      case Weekly -> {
        JsonObjectBuilder week = jakarta.json.Json.createObjectBuilder().add("Cycle", rule.cycle());
        // The contract types Weekdays as one enum value; a series on several days cannot be
        // written in it, so only single-day series name their day. Dates has them all.
        if (rule.weekdays().size() == 1) {
          week.add("Weekdays", dayName(rule.weekdays().get(0)));
        }
        json.add("WeekPattern", week);
      }
      case Monthly -> json.add("MonthPattern", monthly(rule, rule.cycle()));
      case Yearly -> json.add("YearPattern", monthly(rule, rule.cycle()));
    }
    JsonArrayBuilder dates = jakarta.json.Json.createArrayBuilder();
    for (LocalDate date : rule.dates()) {
      dates.add(
          jakarta.json.Json.createObjectBuilder()
              .add("Date", WireDates.format(date.atStartOfDay()))
              .add("IsConflict", false)
              .add("Description", "")
              .add("DescriptionStyleHint", "")
              .add("Tooltip", ""));
    }
    return json.add("Dates", dates).build();
  }

  /**
   * The rule a create asks for, or empty when the appointment does not repeat.
   *
   * @param first the date of the appointment's own start, where the series begins
   */
  static Optional<RecurrenceRule> read(JsonObject entity, int id, LocalDate first) {
    Optional<JsonObject> info = Json.object(entity, "Recurrence");
    if (info.isEmpty() || !Json.bool(info.get(), "IsRecurrence").orElse(false)) {
      return Optional.empty();
    }
    JsonObject in = info.get();
    RecurrenceRule.Pattern pattern =
        enumValue(RecurrenceRule.Pattern.class, in, "Pattern", "Daily, Weekly, Monthly or Yearly");
    JsonObject details =
        Json.object(in, patternObject(pattern))
            .orElseThrow(
                () ->
                    ApiError.badRequest(
                        "A " + pattern + " Recurrence needs its " + patternObject(pattern)));
    int cycle = Json.integer(details, "Cycle").orElse(1);
    if (cycle < 1) {
      throw ApiError.badRequest(patternObject(pattern) + ".Cycle must be at least 1, was " + cycle);
    }
    boolean byWeekday =
        (pattern == RecurrenceRule.Pattern.Monthly || pattern == RecurrenceRule.Pattern.Yearly)
            && Json.string(details, "Pattern").orElse("DayOfMonth").equals("WeekdayOfMonth");
    List<DayOfWeek> weekdays = weekdays(pattern, details, byWeekday, first);
    int day = Json.integer(details, "Day").orElse(first.getDayOfMonth());
    String weekOfMonth = byWeekday ? Json.string(details, "WeekOfMonth").orElse("First") : "";
    RecurrenceRule.EndType endType =
        enumValue(RecurrenceRule.EndType.class, in, "RecurrenceEndType", "Counter or EndDate");
    int counter = Json.integer(in, "RecurrenceCounter").orElse(0);
    LocalDate endDate =
        endType == RecurrenceRule.EndType.EndDate ? date(in, "EndDate", first) : null;
    if (endType == RecurrenceRule.EndType.Counter && (counter < 1 || counter > 1000)) {
      throw ApiError.badRequest("RecurrenceCounter must be 1 to 1000, was " + counter);
    }
    LocalDate start = date(in, "StartDate", first);
    RuleDates planned = new RuleDates(pattern, cycle, weekdays, byWeekday, day, weekOfMonth, start);
    Optional<List<LocalDate>> explicit = explicitDates(in);
    List<LocalDate> dates = explicit.orElseGet(() -> planned.until(endDate, counter));
    if (pattern == RecurrenceRule.Pattern.Weekly
        && explicit.isPresent()
        && Json.string(details, "Weekdays").orElse("").isEmpty()) {
      // A weekly series on several days names none in Weekdays; its dates say which.
      weekdays = dates.stream().map(LocalDate::getDayOfWeek).distinct().sorted().toList();
    }
    if (dates.isEmpty()) {
      throw ApiError.badRequest("The Recurrence plans no occurrence");
    }
    return Optional.of(
        new RecurrenceRule(
            id,
            pattern,
            cycle,
            weekdays,
            byWeekday,
            day,
            weekOfMonth,
            endType,
            endType == RecurrenceRule.EndType.Counter ? counter : dates.size(),
            dates.get(0),
            endDate != null ? endDate : dates.get(dates.size() - 1),
            dates));
  }

  private static List<DayOfWeek> weekdays(
      RecurrenceRule.Pattern pattern, JsonObject details, boolean byWeekday, LocalDate first) {
    String name =
        pattern == RecurrenceRule.Pattern.Weekly
            ? Json.string(details, "Weekdays").orElse("")
            : byWeekday ? Json.string(details, "Weekday").orElse("") : "";
    if (name.isEmpty() || name.equals("Unknown")) {
      return pattern == RecurrenceRule.Pattern.Weekly || byWeekday
          ? List.of(first.getDayOfWeek())
          : List.of();
    }
    try {
      return List.of(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("'" + name + "' is not a weekday");
    }
  }

  private static Optional<List<LocalDate>> explicitDates(JsonObject in) {
    JsonValue value = in.get("Dates");
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    List<LocalDate> dates = new ArrayList<>();
    for (JsonValue entry : value.asJsonArray()) {
      if (entry.getValueType() == JsonValue.ValueType.OBJECT) {
        Json.string(entry.asJsonObject(), "Date").map(d -> parse("Dates", d)).ifPresent(dates::add);
      }
    }
    return dates.isEmpty()
        ? Optional.empty()
        : Optional.of(dates.stream().distinct().sorted().toList());
  }

  private static String patternObject(RecurrenceRule.Pattern pattern) {
    return switch (pattern) {
      case Daily -> "DayPattern";
      case Weekly -> "WeekPattern";
      case Monthly -> "MonthPattern";
      case Yearly -> "YearPattern";
    };
  }

  private static JsonObjectBuilder monthly(RecurrenceRule rule, int cycle) {
    JsonObjectBuilder json =
        jakarta.json.Json.createObjectBuilder()
            .add("Pattern", rule.byWeekday() ? "WeekdayOfMonth" : "DayOfMonth")
            .add("Cycle", cycle);
    if (rule.byWeekday()) {
      json.add("Weekday", dayName(rule.weekdays().get(0))).add("WeekOfMonth", rule.weekOfMonth());
    } else {
      json.add("Day", rule.day());
    }
    return json;
  }

  private static String dayName(DayOfWeek day) {
    String name = day.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(JsonObject in, String name, LocalDate fallback) {
    return Json.string(in, name).map(text -> parse(name, text)).orElse(fallback);
  }

  private static LocalDate parse(String name, String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text) : LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("Recurrence." + name + " is not a date: '" + text + "'");
    }
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, JsonObject in, String name, String allowed) {
    String text = Json.string(in, name).orElse("");
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(
          "Recurrence." + name + " must be " + allowed + ", was '" + text + "'");
    }
  }
}
