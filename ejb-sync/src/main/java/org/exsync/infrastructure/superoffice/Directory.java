package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.exsync.domain.associate.AssociateType;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.http.ApiRequest;
import org.exsync.infrastructure.superoffice.http.WebApiClient;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.TimeZoneLocations;

/**
 * The tenant's associates (from the {@code AllUsers} archive: the e-mail address is that of the
 * associate's person), its selections, and its base time zone.
 */
final class Directory {

  private final WebApiClient api;
  private final ODataLister lister;
  private final Optional<ZoneId> configuredZone;
  private final AtomicReference<ZoneId> baseZone = new AtomicReference<>();

  Directory(WebApiClient api, ODataLister lister, Optional<ZoneId> configuredZone) {
    this.api = api;
    this.lister = lister;
    this.configuredZone = configuredZone;
  }

  Outcome<List<CrmAssociate>> associates() {
    return lister
        .all(
            "Archive/AllUsers",
            "associateDbId,userName,fullName,personEmail,assocType,isActive",
            "",
            "associateDbId")
        .map(rows -> rows.stream().map(Directory::associate).toList());
  }

  private static CrmAssociate associate(JsonObject row) {
    return new CrmAssociate(
        Entities.number(row, "associateDbId"),
        Entities.text(row, "fullName"),
        Entities.text(row, "userName"),
        Entities.text(row, "personEmail").strip(),
        type(Entities.text(row, "assocType")),
        !Entities.flag(row, "isActive"));
  }

  private static AssociateType type(String type) {
    return switch (type) {
      case "ResourceAssociate" -> AssociateType.RESOURCE;
      case "AnonymousAssociate" -> AssociateType.ANONYMOUS;
      case "SystemAssociate" -> AssociateType.SYSTEM;
      case "ExternalAssociate" -> AssociateType.EXTERNAL;
      default -> AssociateType.EMPLOYEE;
    };
  }

  /** Selections with their member counts, which only the selection entity states. */
  Outcome<List<CrmSelection>> selections() {
    Outcome<List<JsonObject>> rows = lister.all("Selection", "selectionId,name", "", "selectionId");
    if (!rows.isDone()) {
      return Outcome.failed(rows.failure().orElseThrow());
    }
    List<CrmSelection> selections = new ArrayList<>();
    for (JsonObject row : rows.value()) {
      int id = Entities.number(row, "selectionId");
      Outcome<JsonObject> entity =
          api.call(ApiRequest.get("Selection/" + id)).then(reply -> reply.json());
      if (!entity.isDone()) {
        return Outcome.failed(entity.failure().orElseThrow());
      }
      selections.add(
          new CrmSelection(
              id,
              Entities.text(entity.value(), "Name"),
              Entities.number(entity.value(), "MemberCount")));
    }
    return Outcome.done(selections);
  }

  /**
   * The zone an admin configured, or the one {@code TimeZone/base} names. SuperOffice names its
   * locations by its own codes and by their cities; the city is found among the IANA zone ids. A
   * location no IANA zone matches is not guessed at: the admin is asked to configure the zone.
   */
  Outcome<ZoneId> baseZone() {
    if (configuredZone.isPresent()) {
      return Outcome.done(configuredZone.get());
    }
    ZoneId known = baseZone.get();
    if (known != null) {
      return Outcome.done(known);
    }
    return api.call(ApiRequest.get("TimeZone/base"))
        .then(reply -> reply.json())
        .then(Directory::zoneOf)
        .map(
            zone -> {
              baseZone.set(zone);
              return zone;
            });
  }

  static Outcome<ZoneId> zoneOf(JsonObject data) {
    Optional<ZoneId> zone = TimeZoneLocations.zoneOf(data);
    if (zone.isPresent()) {
      return Outcome.done(zone.get());
    }
    String code = Entities.text(data, "TZLocationCode");
    String cities = Entities.text(data, "TZLocationCities");
    return Outcome.failed(
        Failure.rejected(
            "SuperOffice's base time zone '"
                + Entities.text(data, "Name")
                + "' ("
                + code
                + ", "
                + cities
                + ") matches no single IANA time zone; state the base zone in the SuperOffice"
                + " settings, for example Europe/Oslo"));
  }
}
