package org.exsync.infrastructure.superoffice.wire;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading the Web API's entities: properties that may be missing or null. */
public final class Entities {

  private Entities() {}

  public static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof jakarta.json.JsonString string ? string.getString() : "";
  }

  public static boolean flag(JsonObject json, String name) {
    return json.get(name) == JsonValue.TRUE;
  }

  public static int number(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof jakarta.json.JsonNumber number ? number.intValue() : 0;
  }

  public static JsonObject object(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? value.asJsonObject()
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  /** The id of a reference such as {@code Associate} ({@code AssociateId}), 0 for none. */
  public static int ref(JsonObject json, String name, String idName) {
    return number(object(json, name), idName);
  }

  /** The {@code Value}s of an element list such as {@code Emails}. */
  public static List<String> values(JsonObject json, String name) {
    JsonValue value = json.get(name);
    List<String> values = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue element : array) {
        if (element.getValueType() == JsonValue.ValueType.OBJECT) {
          String text = text(element.asJsonObject(), "Value").strip();
          if (!text.isEmpty()) {
            values.add(text);
          }
        }
      }
    }
    return values;
  }

  /** The entity's version: its {@code UpdatedDate} (UTC), or its registration if never changed. */
  public static String version(JsonObject entity) {
    String updated = text(entity, "UpdatedDate");
    return updated.isEmpty() || updated.startsWith("0001") ? text(entity, "CreatedDate") : updated;
  }

  public static Instant lastModified(JsonObject entity) {
    return WireTimes.utc(version(entity));
  }
}
