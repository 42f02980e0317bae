package org.exsync.infrastructure.exchange.translate;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import microsoft.exchange.webservices.data.property.complex.time.TimeZoneDefinition;

/**
 * The zone of an item. EWS keeps a Windows zone on calendar items and none on tasks; Exsync keeps
 * the IANA zone beside it ({@link ExsyncProperties#ZONE}), so Europe/Oslo comes back as Europe/Oslo
 * and not as W. Europe's Europe/Berlin. When a user moved the item to another zone in Outlook, the
 * Windows zone no longer matches the kept one, and the Windows zone wins.
 */
public final class ItemZones {

  private static final WindowsZones ZONES = WindowsZones.cldr();

  private ItemZones() {}

  /** The definition ews-java-api sends for a zone: its Windows id, which Exchange resolves. */
  public static TimeZoneDefinition definition(ZoneId zone) {
    String windows =
        ZONES
            .toWindows(zone)
            .orElseThrow(
                () ->
                    new Untranslatable(
                        "Exchange has no Windows time zone with the rules of " + zone.getId()));
    return new WindowsZoneDefinition(windows);
  }

  /**
   * The IANA zone of a calendar item from its Windows zone and the zone Exsync kept, if any.
   *
   * @param windowsId the item's StartTimeZone id, or null
   * @param kept the IANA zone id Exsync wrote, or null
   */
  public static Optional<ZoneId> calendarZone(String windowsId, String kept) {
    Optional<ZoneId> keptZone = parse(kept);
    if (windowsId == null) {
      return keptZone;
    }
    if (keptZone.isPresent() && ZONES.toWindows(keptZone.get()).orElse("").equals(windowsId)) {
      return keptZone;
    }
    return ZONES.toZone(windowsId).or(() -> keptZone);
  }

  /** The zone kept on a task, or UTC: Exchange keeps no zone on tasks. */
  public static ZoneId taskZone(String kept) {
    return parse(kept).orElse(ZoneOffset.UTC);
  }

  /**
   * For an all-day item whose zone is unknown: the fixed offset in which it starts at midnight, so
   * that its dates survive.
   */
  public static ZoneId offsetWithMidnightAt(Instant start) {
    int secondsOfDay = start.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
    int offset = secondsOfDay <= 12 * 3600 ? -secondsOfDay : 24 * 3600 - secondsOfDay;
    return ZoneOffset.ofTotalSeconds(offset);
  }

  private static Optional<ZoneId> parse(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
