package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.exsync.sandbox.http.SimResponse;

/** Reading request bodies and writing response bodies with JSON-P. */
public final class Json {

  public static final String MEDIA_TYPE = "application/json; charset=utf-8";
  private static final JsonWriterFactory WRITERS = jakarta.json.Json.createWriterFactory(Map.of());

  private Json() {}

  public static String write(JsonStructure json) {
    StringWriter out = new StringWriter();
    try (var writer = WRITERS.createWriter(out)) {
      writer.write(json);
    }
    return out.toString();
  }

  public static SimResponse ok(JsonStructure json) {
    return SimResponse.of(200, MEDIA_TYPE, write(json));
  }

  /**
   * The object without its null members. The Swagger file declares entity references such as {@code
   * Contact} and {@code Person} as objects that cannot be null, so an absent reference is left out
   * rather than written as null.
   */
  public static JsonObject dropNulls(JsonObject json) {
    jakarta.json.JsonObjectBuilder kept = jakarta.json.Json.createObjectBuilder();
    json.forEach(
        (name, value) -> {
          if (value.getValueType() != JsonValue.ValueType.NULL) {
            kept.add(name, value);
          }
        });
    return kept.build();
  }

  /** The body as JSON, or a 400 naming what is wrong with it. */
  public static JsonValue read(String body) {
    if (body.isBlank()) {
      throw ApiError.badRequest("The request has no body; send the entity as JSON");
    }
    try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw ApiError.badRequest("The body is not valid JSON: " + e.getMessage());
    } catch (JsonException e) {
      throw ApiError.badRequest("The body cannot be read as JSON: " + e.getMessage());
    }
  }

  public static JsonObject readObject(String body) {
    JsonValue value = read(body);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ApiError.badRequest("The body must be a JSON object, was " + value.getValueType());
    }
    return value.asJsonObject();
  }

  /** A string property, if present and not null. */
  public static Optional<String> string(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw ApiError.badRequest(name + " must be a string, was " + value);
    }
    return Optional.of(json.getString(name));
  }

  public static Optional<Boolean> bool(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      throw ApiError.badRequest(name + " must be true or false, was " + value);
    }
    return Optional.of(value == JsonValue.TRUE);
  }

  public static Optional<Integer> integer(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw ApiError.badRequest(name + " must be a number, was " + value);
    }
    return Optional.of(json.getJsonNumber(name).intValue());
  }

  /** A nested object, if present and not null. */
  public static Optional<JsonObject> object(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ApiError.badRequest(name + " must be an object, was " + value);
    }
    return Optional.of(value.asJsonObject());
  }

  /** The id inside a nested reference such as {@code "Associate": {"AssociateId": 5}}. */
  public static Optional<Integer> refId(JsonObject json, String name, String idName) {
    return object(json, name).flatMap(ref -> integer(ref, idName));
  }
}
