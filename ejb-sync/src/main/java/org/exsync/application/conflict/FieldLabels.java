package org.exsync.application.conflict;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an admin reads for the fields of an item's snapshot: {@code start} is "Starts", {@code
 * attendees.0.email} "Attendee 1: e-mail address", {@code phone.MOBILE} "Phone (mobile)". A key
 * this class does not know is put in words from its own spelling, so a field added to a snapshot
 * later still reads.
 */
final class FieldLabels {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("subject", "Subject"),
          Map.entry("body", "Text"),
          Map.entry("location", "Location"),
          Map.entry("start", "Starts"),
          Map.entry("end", "Ends"),
          Map.entry("zone", "Time zone"),
          Map.entry("allDay", "All day"),
          Map.entry("showAs", "Show as"),
          Map.entry("private", "Private"),
          Map.entry("reminderMinutes", "Reminder (minutes before)"),
          Map.entry("categories", "Categories"),
          Map.entry("organizer", "Organizer"),
          Map.entry("attendees.count", "Attendees"),
          Map.entry("due", "Due"),
          Map.entry("status", "Status"),
          Map.entry("percentComplete", "Percent complete"),
          Map.entry("completedAt", "Completed"),
          Map.entry("priority", "Priority"),
          Map.entry("reminderAt", "Reminder"),
          Map.entry("givenName", "First name"),
          Map.entry("middleName", "Middle name"),
          Map.entry("surname", "Last name"),
          Map.entry("company", "Company"),
          Map.entry("jobTitle", "Job title"),
          Map.entry("emails", "E-mail addresses"),
          Map.entry("recurrence.pattern", "Repeats"),
          Map.entry("recurrence.interval", "Repeats every"),
          Map.entry("recurrence.daysOfWeek", "Repeats on"),
          Map.entry("recurrence.dayOfMonth", "Day of the month"),
          Map.entry("recurrence.weekOfMonth", "Week of the month"),
          Map.entry("recurrence.month", "Month"),
          Map.entry("recurrence.firstDate", "Series starts"),
          Map.entry("recurrence.lastDate", "Series ends"),
          Map.entry("recurrence.count", "Number of occurrences"),
          Map.entry("recurrence.deleted", "Occurrences deleted"),
          Map.entry("recurrence.modified.count", "Occurrences changed"));

  private static final Map<String, String> ATTENDEE =
      Map.of("email", "e-mail address", "name", "name", "role", "role", "response", "response");

  private static final Map<String, String> OCCURRENCE =
      Map.of(
          "originalDate", "original date",
          "start", "starts",
          "end", "ends",
          "subject", "subject",
          "location", "location");

  private static final Map<String, String> ADDRESS =
      Map.of(
          "street", "street",
          "postalCode", "postal code",
          "city", "city",
          "region", "region",
          "country", "country");

  private static final Pattern ATTENDEE_KEY = Pattern.compile("attendees\\.(\\d+)\\.(\\w+)");
  private static final Pattern OCCURRENCE_KEY =
      Pattern.compile("recurrence\\.modified\\.(\\d+)\\.(\\w+)");
  private static final Pattern PHONE_KEY = Pattern.compile("phone\\.(\\w+)");
  private static final Pattern ADDRESS_KEY = Pattern.compile("address\\.(\\w+)\\.(\\w+)");

  private FieldLabels() {}

  static String of(String key) {
    String known = NAMES.get(key);
    if (known != null) {
      return known;
    }
    Matcher m = ATTENDEE_KEY.matcher(key);
    if (m.matches() && ATTENDEE.containsKey(m.group(2))) {
      return "Attendee " + position(m.group(1)) + ": " + ATTENDEE.get(m.group(2));
    }
    m = OCCURRENCE_KEY.matcher(key);
    if (m.matches() && OCCURRENCE.containsKey(m.group(2))) {
      return "Changed occurrence " + position(m.group(1)) + ": " + OCCURRENCE.get(m.group(2));
    }
    m = PHONE_KEY.matcher(key);
    if (m.matches()) {
      return "Phone (" + m.group(1).toLowerCase(Locale.ROOT) + ")";
    }
    m = ADDRESS_KEY.matcher(key);
    if (m.matches() && ADDRESS.containsKey(m.group(2))) {
      return "Address (" + m.group(1).toLowerCase(Locale.ROOT) + "): " + ADDRESS.get(m.group(2));
    }
    return spelled(key);
  }

  /** A list's index counted from one, as people count. */
  private static int position(String index) {
    return Integer.parseInt(index) + 1;
  }

  /** An unknown key in words: {@code recurrence.weekStart} is "Recurrence week start". */
  static String spelled(String key) {
    StringBuilder out = new StringBuilder();
    for (String part : key.split("\\.")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (part.chars().allMatch(Character::isDigit)) {
        out.append(position(part));
      } else {
        out.append(part.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
      }
    }
    return out.isEmpty() ? key : Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }
}
