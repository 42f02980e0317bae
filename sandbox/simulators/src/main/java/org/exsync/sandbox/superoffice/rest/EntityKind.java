package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.Map;
import org.exsync.sandbox.superoffice.odata.Archive;
import org.exsync.sandbox.superoffice.odata.ODataQuery;
import org.exsync.sandbox.superoffice.store.Row;
import org.exsync.sandbox.superoffice.store.Stamp;
import org.exsync.sandbox.superoffice.store.Table;

/**
 * What the generic entity endpoint needs to know about one entity: where its rows live, how they
 * look in JSON and in the archive, and the database column names webhooks report changes with.
 */
public interface EntityKind<T extends Row> {

  /** The path segment, for example {@code Appointment}. */
  String resource();

  /** The carrier name used in messages, for example {@code AppointmentEntity}. */
  String carrier();

  /** The webhook entity, for example {@code activity}. */
  String webhookEntity();

  Table<T> table();

  /** The rows a list query must look at: all of them, unless an index narrows them down. */
  default Collection<T> candidates(ODataQuery query) {
    return table().all();
  }

  Archive<T> archive();

  JsonObject toJson(T row, ApiCall call);

  /**
   * The row the JSON describes. Properties the JSON lacks keep the current row's values (defaults
   * for a new row); invalid values are a 400.
   *
   * @param current the stored row, or {@code null} when creating
   */
  T fromJson(JsonObject json, T current, int id, Stamp stamp, ApiCall call);

  /**
   * Rows a create stores besides the one it answers with, such as the further occurrences of a
   * series; they are stored here and returned so that their creation is announced.
   */
  default java.util.List<T> createCompanions(T created, Stamp stamp, ApiCall call) {
    return java.util.List.of();
  }

  /** JSON property name to database column, for the {@code Changes} of webhook events. */
  Map<String, String> databaseColumns();
}
