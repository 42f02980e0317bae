package org.exsync.infrastructure.superoffice;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.http.ApiRequest;
import org.exsync.infrastructure.superoffice.http.WebApiClient;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/**
 * Many single appointments and to-dos read in one call: the Agents method {@code
 * Appointment/GetAppointmentList} answers the {@code Appointment} carrier for each id asked, which
 * holds every field the mapping reads (title, text, place, times, all-day, free/busy, privacy,
 * alarm and its lead time, type, completion) under the same names as {@code AppointmentEntity}. It
 * holds no change time, so the version is the one the list row showed, as good as the moment of
 * this read ({@link SyncedVersions}); a change between the list and this read is in what is read,
 * and listed again the next time.
 *
 * <p>Of the zone an appointment was planned in the carrier names only the location ({@code
 * PreferredTZLocation}), not its {@code PreferredTZLocationData}, by which the entity read maps it
 * to a zone. The first carrier of a location is therefore read as the entity, whose data is kept
 * for the location's later carriers: a tenant uses a handful of locations, so this costs a read per
 * location for the gateway's lifetime, and the batch reads every appointment's zone exactly as the
 * entity read does.
 *
 * <p>What the carrier cannot carry is left for a read of the entity on its own: a row that is part
 * of a series (the rule is only on the entity), a row listed without a stamp, and an id the answer
 * left out (gone, or not visible), which the single read then tells apart.
 */
final class AppointmentBatch {

  /** Ids a call; an Agents call of its own, marked slow by SuperOffice above two seconds. */
  static final int SIZE = 200;

  private static final String METHOD = "Agents/Appointment/GetAppointmentList";

  private final WebApiClient api;
  private final Items items;

  /** Each location's {@code PreferredTZLocationData} as an entity showed it, by location id. */
  private final Map<Integer, JsonObject> locations = new ConcurrentHashMap<>();

  AppointmentBatch(WebApiClient api, Items items) {
    this.api = api;
    this.items = items;
  }

  /**
   * @param listed each id's {@code updatedDate} as the list showed it
   * @return the items read, by id; an id missing is for the single read
   */
  Map<Integer, SourceItem> read(Map<Integer, Instant> listed, ZoneId base) {
    Map<Integer, SourceItem> read = new HashMap<>();
    List<Integer> ids = List.copyOf(listed.keySet());
    for (int from = 0; from < ids.size(); from += SIZE) {
      List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + SIZE));
      Answer answer = call(chunk);
      for (JsonValue value : answer.carriers()) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
          continue;
        }
        JsonObject carrier = value.asJsonObject();
        int id = Entities.number(carrier, "AppointmentId");
        Instant stamp = listed.get(id);
        if (stamp == null || Entities.flag(carrier, "IsRecurrence")) {
          continue;
        }
        int location = Entities.number(carrier, "PreferredTZLocation");
        Outcome<Items.Read> entity =
            location == 0 || locations.containsKey(location)
                ? Outcome.done(
                    new Items.Read(
                        entity(carrier, stamp, locations.get(location)), answer.notBefore()))
                : firstOfLocation(id);
        if (!entity.isDone() || isSeriesRow(entity.value().entity())) {
          continue;
        }
        Outcome<SourceItem> item = Items.source(entity.value(), base);
        if (item.isDone()) {
          read.put(id, item.value());
        }
      }
    }
    return read;
  }

  /** The carriers of one call, and the earliest time they can have been read at. */
  private record Answer(JsonArray carriers, Instant notBefore) {}

  /** The carrier as the entity has it: the listed stamp, and the location's data if it has one. */
  private static JsonObject entity(JsonObject carrier, Instant stamp, JsonObject location) {
    JsonObjectBuilder entity =
        Json.createObjectBuilder(carrier).add("UpdatedDate", WireTimes.utc(stamp));
    if (location != null) {
      entity.add("PreferredTZLocationData", location);
    }
    return entity.build();
  }

  /** The entity of the first appointment of a location, whose data is kept for the others. */
  private Outcome<Items.Read> firstOfLocation(int id) {
    return items
        .read("Appointment", id)
        .map(
            read -> {
              locations.put(
                  Entities.number(read.entity(), "PreferredTZLocation"),
                  Entities.object(read.entity(), "PreferredTZLocationData"));
              return read;
            });
  }

  /** An entity read that shows a series' row by now; the single read then reads the series. */
  private static boolean isSeriesRow(JsonObject entity) {
    return Entities.number(Entities.object(entity, "Recurrence"), "RecurrenceId") != 0;
  }

  /** The carriers for these ids; none when the call fails, so that each is read singly. */
  private Answer call(List<Integer> ids) {
    JsonArrayBuilder body = Json.createArrayBuilder();
    ids.forEach(body::add);
    var reply = api.call(ApiRequest.send("POST", METHOD, body.build().toString()));
    if (!reply.isDone()) {
      return new Answer(JsonValue.EMPTY_JSON_ARRAY, null);
    }
    try (JsonReader reader = Json.createReader(new StringReader(reply.value().body()))) {
      return new Answer(reader.readArray(), reply.value().readNotBefore());
    } catch (JsonException | IllegalStateException e) {
      return new Answer(JsonValue.EMPTY_JSON_ARRAY, null);
    }
  }
}
