package org.exsync.infrastructure.superoffice.wire;

import jakarta.json.JsonObject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SuperOffice's time zone locations ({@code TimeZoneData}) as IANA zones. SuperOffice names a
 * location by its own code and by the cities in it; the city is found among the IANA zone ids, and
 * a location that matches no single zone is not guessed at.
 */
public final class TimeZoneLocations {

  private TimeZoneLocations() {}

  /** The IANA zone of a location, or empty when none or several match. */
  public static Optional<ZoneId> zoneOf(JsonObject data) {
    if (Entities.text(data, "TZLocationCode").equalsIgnoreCase("UTC")) {
      return Optional.of(ZoneId.of("UTC"));
    }
    for (String city : Entities.text(data, "TZLocationCities").split(",")) {
      if (city.isBlank()) {
        continue;
      }
      String wanted = "/" + city.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
      List<String> matches =
          ZoneId.getAvailableZoneIds().stream()
              .filter(id -> id.toLowerCase(Locale.ROOT).endsWith(wanted))
              .filter(id -> !id.startsWith("SystemV/") && !id.startsWith("Etc/"))
              .sorted()
              .toList();
      if (matches.size() == 1) {
        try {
          return Optional.of(ZoneId.of(matches.get(0)));
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The zone an appointment was planned in, its {@code PreferredTZLocationData}, or the base zone
   * when it names none Exsync can map. Its diary times are base wall times all the same; the zone
   * says whose clock a series keeps across daylight saving changes.
   */
  public static ZoneId plannedZone(JsonObject entity, ZoneId base) {
    if (Entities.number(entity, "PreferredTZLocation") == 0) {
      return base;
    }
    return zoneOf(Entities.object(entity, "PreferredTZLocationData")).orElse(base);
  }
}
