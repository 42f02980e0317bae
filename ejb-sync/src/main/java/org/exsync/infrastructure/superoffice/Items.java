package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.superoffice.http.ApiRequest;
import org.exsync.infrastructure.superoffice.http.Reply;
import org.exsync.infrastructure.superoffice.http.WebApiClient;
import org.exsync.infrastructure.superoffice.wire.AppointmentJson;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.TaskJson;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/** Single SuperOffice entities by id: read, save conditionally, delete conditionally. */
final class Items {

  private final WebApiClient api;

  Items(WebApiClient api) {
    this.api = api;
  }

  /** An entity as an answer carried it, and the earliest time it can have been read at. */
  record Read(JsonObject entity, Instant notBefore) {}

  Outcome<JsonObject> get(String resource, int id) {
    return read(resource, id).map(Read::entity);
  }

  /** The entity with the time it was read, for its version. */
  Outcome<Read> read(String resource, int id) {
    return api.call(ApiRequest.get(resource + "/" + id))
        .then(reply -> reply.json().map(entity -> new Read(entity, reply.readNotBefore())));
  }

  /** POST a new entity, or PUT over an existing one if it is unchanged since the version. */
  Outcome<JsonObject> save(String resource, int id, String version, JsonObject body) {
    ApiRequest request =
        id == 0
            ? ApiRequest.send("POST", resource, body.toString())
            : conditional(ApiRequest.send("PUT", resource + "/" + id, body.toString()), version);
    return api.call(request).then(Reply::json);
  }

  Outcome<Reply> delete(String resource, int id, String version) {
    return api.call(
        conditional(
            new ApiRequest("DELETE", resource + "/" + id, null, java.util.Map.of()), version));
  }

  private static ApiRequest conditional(ApiRequest request, String version) {
    if (version == null || version.isBlank()) {
      return request;
    }
    try {
      return request.withHeader(
          "If-Unmodified-Since", WireTimes.httpDate(SyncedVersions.instant(version)));
    } catch (IllegalArgumentException e) {
      return request;
    }
  }

  static WriteReceipt receipt(String id, JsonObject entity) {
    return new WriteReceipt(
        id, SyncedVersions.written(Entities.version(entity)), Entities.lastModified(entity));
  }

  static WriteReceipt receipt(JsonObject entity) {
    return receipt(String.valueOf(Entities.number(entity, "AppointmentId")), entity);
  }

  /** A single appointment or to-do as the engine sees it. */
  static Outcome<SourceItem> source(Read read, ZoneId base) {
    JsonObject entity = read.entity();
    boolean todo = Entities.text(entity, "Type").equals("inChecklist");
    try {
      TaskItem task = todo ? TaskJson.read(entity, base) : null;
      return Outcome.done(
          new SourceItem(
              String.valueOf(Entities.number(entity, "AppointmentId")),
              SyncedVersions.read(Entities.version(entity), read.notBefore()),
              Entities.lastModified(entity),
              todo ? task : AppointmentJson.read(entity, base, null)));
    } catch (IllegalArgumentException e) {
      return Outcome.failed(
          Failure.rejected(
              "SuperOffice appointment "
                  + Entities.number(entity, "AppointmentId")
                  + " cannot be read: "
                  + e.getMessage()));
    }
  }
}
