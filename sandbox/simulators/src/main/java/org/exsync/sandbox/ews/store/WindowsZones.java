package org.exsync.sandbox.ews.store;

import java.time.ZoneId;
import java.util.Map;

/**
 * Windows time zone ids, which EWS uses, for the IANA zones of the sandbox world and the zones
 * clients commonly send (after CLDR's windowsZones.xml). An unknown Windows id is read as UTC.
 */
public final class WindowsZones {

  private static final Map<String, String> TO_IANA =
      Map.ofEntries(
          Map.entry("UTC", "UTC"),
          Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
          Map.entry("GMT Standard Time", "Europe/London"),
          Map.entry("W. Europe Standard Time", "Europe/Berlin"),
          Map.entry("Romance Standard Time", "Europe/Paris"),
          Map.entry("Central Europe Standard Time", "Europe/Budapest"),
          Map.entry("Central European Standard Time", "Europe/Warsaw"),
          Map.entry("FLE Standard Time", "Europe/Kiev"),
          Map.entry("Eastern Standard Time", "America/New_York"),
          Map.entry("Central Standard Time", "America/Chicago"),
          Map.entry("Mountain Standard Time", "America/Denver"),
          Map.entry("Pacific Standard Time", "America/Los_Angeles"),
          Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
          Map.entry("India Standard Time", "Asia/Calcutta"),
          Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
          Map.entry("New Zealand Standard Time", "Pacific/Auckland"),
          Map.entry("E. South America Standard Time", "America/Sao_Paulo"),
          Map.entry("China Standard Time", "Asia/Shanghai"),
          Map.entry("Arabian Standard Time", "Asia/Dubai"),
          Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
          Map.entry("Nepal Standard Time", "Asia/Katmandu"));

  private static final Map<String, String> TO_WINDOWS =
      Map.ofEntries(
          Map.entry("UTC", "UTC"),
          Map.entry("Etc/UTC", "UTC"),
          Map.entry("Europe/Oslo", "W. Europe Standard Time"),
          Map.entry("Europe/Amsterdam", "W. Europe Standard Time"),
          Map.entry("Europe/Berlin", "W. Europe Standard Time"),
          Map.entry("Europe/Stockholm", "W. Europe Standard Time"),
          Map.entry("Europe/Paris", "Romance Standard Time"),
          Map.entry("Europe/London", "GMT Standard Time"),
          Map.entry("America/New_York", "Eastern Standard Time"),
          Map.entry("America/Chicago", "Central Standard Time"),
          Map.entry("America/Los_Angeles", "Pacific Standard Time"),
          Map.entry("Asia/Tokyo", "Tokyo Standard Time"),
          Map.entry("Asia/Kolkata", "India Standard Time"),
          Map.entry("Australia/Sydney", "AUS Eastern Standard Time"),
          Map.entry("Pacific/Auckland", "New Zealand Standard Time"),
          Map.entry("America/Sao_Paulo", "E. South America Standard Time"));

  private WindowsZones() {}

  public static ZoneId toZone(String windowsId) {
    String iana = windowsId == null ? null : TO_IANA.get(windowsId);
    return ZoneId.of(iana == null ? "UTC" : iana);
  }

  public static String toWindows(ZoneId zone) {
    return TO_WINDOWS.getOrDefault(zone.getId(), "UTC");
  }
}
