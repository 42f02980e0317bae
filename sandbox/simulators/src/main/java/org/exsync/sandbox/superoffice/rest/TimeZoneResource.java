package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.ZoneId;
import java.util.Map;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * {@code GET /api/v1/TimeZone/base} and {@code /TimeZone/current}: the installation's base time
 * zone as {@code TimeZoneData}, the zone diary times are stored and shown in. Users have no zones
 * of their own here, so both answer the same. SuperOffice names locations by its own codes and by
 * the cities in them; the city is what a client maps to an IANA zone.
 */
public final class TimeZoneResource {

  /** The locations of the zones the sandbox worlds use: code, name and ISO country number. */
  private static final Map<String, Location> KNOWN =
      Map.of(
          "Europe/Oslo", new Location(1, "NO", "Norway", 578),
          "Europe/Amsterdam", new Location(2, "NL", "Netherlands", 528),
          "Europe/London", new Location(3, "GB", "United Kingdom", 826),
          "America/New_York", new Location(4, "US-NY", "United States - Eastern", 840),
          "Asia/Tokyo", new Location(5, "JP", "Japan", 392),
          "UTC", new Location(6, "UTC", "UTC", 0));

  private record Location(int id, String code, String name, int isoNumber) {}

  private final CrmStore store;

  public TimeZoneResource(CrmStore store) {
    this.store = store;
  }

  public EntityEndpoint.Outcome handle(ApiCall call) {
    if (!call.http().method().equals("GET")) {
      throw new ApiError(
          405, "MethodNotAllowed", call.http().method() + " is not allowed on TimeZone");
    }
    String which = call.segment(1);
    if (call.path().size() != 2
        || !(which.equalsIgnoreCase("base") || which.equalsIgnoreCase("current"))) {
      throw new ApiError(
          404, "NotFound", "No resource at /api/v1/" + String.join("/", call.path()));
    }
    return new EntityEndpoint.Outcome(Json.ok(data(store.baseZone())), 1);
  }

  /** The zone of a location id, as {@code PreferredTZLocation} names it. */
  static java.util.Optional<ZoneId> zoneOf(int locationId) {
    return KNOWN.entrySet().stream()
        .filter(known -> known.getValue().id() == locationId)
        .map(known -> ZoneId.of(known.getKey()))
        .findFirst();
  }

  /** The location id of a zone, or 0 for a zone the sandbox has no location for. */
  static int locationId(ZoneId zone) {
    Location location = KNOWN.get(zone.normalized().getId().equals("Z") ? "UTC" : zone.getId());
    return location == null ? 0 : location.id();
  }

  static JsonObject data(ZoneId zone) {
    String id = zone.normalized().getId().equals("Z") ? "UTC" : zone.getId();
    String city = id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
    Location location = KNOWN.getOrDefault(id, new Location(99, city.toUpperCase(), id, 0));
    return jakarta.json.Json.createObjectBuilder()
        .add("TZLocationID", location.id())
        .add("Name", location.name())
        .add("TZLocationCode", location.code())
        .add("TZLocationCities", city)
        .add("IsoNumber", location.isoNumber())
        .add("TimeZoneSTDRules", JsonValue.EMPTY_JSON_OBJECT)
        .add("TimeZoneDSTRules", JsonValue.EMPTY_JSON_OBJECT)
        .build();
  }
}
