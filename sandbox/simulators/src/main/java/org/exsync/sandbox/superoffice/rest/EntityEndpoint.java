package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.odata.ODataPage;
import org.exsync.sandbox.superoffice.odata.ODataQuery;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Row;
import org.exsync.sandbox.superoffice.store.Stamp;
import org.exsync.sandbox.superoffice.store.StoreEvent;

/**
 * The entity endpoints every CRUD resource shares: the OData list, GET, POST, PUT, PATCH and DELETE
 * by id, with conditional requests, change stamps and change events.
 */
public final class EntityEndpoint<T extends Row> {

  private static final List<String> STAMP_COLUMNS =
      List.of("updated", "updated_associate_id", "updatedCount");

  private final EntityKind<T> kind;
  private final CrmStore store;

  public EntityEndpoint(EntityKind<T> kind, CrmStore store) {
    this.kind = kind;
    this.store = store;
  }

  /** The answer and the number of rows it touched, for the latency model. */
  public record Outcome(SimResponse response, int items) {}

  public Outcome handle(ApiCall call) {
    String method = call.http().method();
    if (call.path().size() == 1) {
      return switch (method) {
        case "GET" -> list(call);
        case "POST" -> new Outcome(create(call), 1);
        default -> throw methodNotAllowed(method);
      };
    }
    if (call.path().size() != 2) {
      throw new ApiError(
          404, "NotFound", "No resource at /api/v1/" + String.join("/", call.path()));
    }
    int id = call.id(1);
    SimResponse response =
        switch (method) {
          case "GET" -> get(call, id);
          case "PUT" -> update(call, id, Json.readObject(call.http().bodyText()));
          case "PATCH" -> patch(call, id);
          case "DELETE" -> delete(call, id);
          default -> throw methodNotAllowed(method);
        };
    return new Outcome(response, 1);
  }

  private Outcome list(ApiCall call) {
    ODataQuery query = ODataQuery.from(call.http().queryParameters());
    String page = call.apiRoot() + "/" + kind.resource();
    ODataPage result =
        ODataPage.of(
            kind.archive(),
            kind.candidates(query),
            query,
            call.zone(),
            page,
            call.apiRoot() + "/archive/$metadata",
            skip -> NextLink.query(call.http().rawQuery(), skip));
    return new Outcome(Json.ok(result.body()), result.rows());
  }

  private SimResponse get(ApiCall call, int id) {
    T row = kind.table().get(id).orElseThrow(() -> ApiError.notFound(kind.carrier(), id));
    if (Conditional.notModified(call, row)) {
      return SimResponse.empty(304).withHeader("Last-Modified", Conditional.lastModified(row));
    }
    return entity(call, row);
  }

  private SimResponse create(ApiCall call) {
    JsonObject json = Json.readObject(call.http().bodyText());
    Stamp stamp = Stamp.registered(store.now(), call.principal().id());
    T row = kind.table().insert(id -> kind.fromJson(json, null, id, stamp, call));
    List<String> changes = new ArrayList<>(kind.databaseColumns().values());
    changes.addAll(STAMP_COLUMNS);
    publish(StoreEvent.Action.created, row, call, changes);
    for (T companion : kind.createCompanions(row, stamp, call)) {
      publish(StoreEvent.Action.created, companion, call, changes);
    }
    return entity(call, row);
  }

  private SimResponse patch(ApiCall call, int id) {
    JsonValue patch = Json.read(call.http().bodyText());
    return update(call, id, patch);
  }

  private SimResponse update(ApiCall call, int id, JsonValue change) {
    AtomicReference<JsonObject> before = new AtomicReference<>();
    T updated =
        kind.table()
            .update(
                id,
                row -> {
                  Conditional.requireUnmodified(call, row, kind.carrier());
                  JsonObject current = kind.toJson(row, call);
                  before.set(current);
                  JsonObject wanted =
                      change.getValueType() == JsonValue.ValueType.OBJECT
                              && !"PATCH".equals(call.http().method())
                          ? change.asJsonObject()
                          : JsonPatch.apply(current, change);
                  Stamp stamp = row.stamp().touched(store.now(), call.principal().id());
                  return kind.fromJson(wanted, row, id, stamp, call);
                })
            .orElseThrow(() -> ApiError.notFound(kind.carrier(), id));
    publish(
        StoreEvent.Action.changed,
        updated,
        call,
        changed(before.get(), kind.toJson(updated, call)));
    return entity(call, updated);
  }

  private SimResponse delete(ApiCall call, int id) {
    T row = kind.table().get(id).orElseThrow(() -> ApiError.notFound(kind.carrier(), id));
    Conditional.requireUnmodified(call, row, kind.carrier());
    kind.table().remove(id);
    publish(StoreEvent.Action.deleted, row, call, List.of());
    return SimResponse.empty(204);
  }

  private List<String> changed(JsonObject before, JsonObject after) {
    Set<String> columns = new LinkedHashSet<>();
    kind.databaseColumns()
        .forEach(
            (property, column) -> {
              if (!java.util.Objects.equals(before.get(property), after.get(property))) {
                columns.add(column);
              }
            });
    columns.addAll(STAMP_COLUMNS);
    return List.copyOf(columns);
  }

  private void publish(StoreEvent.Action action, T row, ApiCall call, List<String> changes) {
    store.publish(
        new StoreEvent(
            kind.webhookEntity(), action, row.id(), call.principal().id(), changes, store.now()));
  }

  private SimResponse entity(ApiCall call, T row) {
    return Json.ok(kind.toJson(row, call))
        .withHeader("Last-Modified", Conditional.lastModified(row));
  }

  private ApiError methodNotAllowed(String method) {
    return new ApiError(405, "MethodNotAllowed", method + " is not allowed on " + kind.resource());
  }
}
