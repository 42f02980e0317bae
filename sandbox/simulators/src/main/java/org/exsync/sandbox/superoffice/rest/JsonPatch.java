package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * PATCH bodies as the Web API takes them: a JSON Patch array (RFC 6902 with {@code add}, {@code
 * replace}, {@code remove} and {@code test}; the Swagger example also numbers the operations, so 1
 * to 4 are read as those) or a JSON Merge Patch object. A failed {@code test} is a conflict (409).
 */
final class JsonPatch {

  private static final List<String> NUMBERED =
      List.of("unknown", "add", "replace", "remove", "test");

  private JsonPatch() {}

  static JsonObject apply(JsonObject target, JsonValue patch) {
    return switch (patch.getValueType()) {
      case ARRAY -> applyOperations(target, patch.asJsonArray());
      case OBJECT -> jakarta.json.Json.createMergePatch(patch).apply(target).asJsonObject();
      default -> throw ApiError.badRequest("A PATCH body is a JSON Patch array or a merge object");
    };
  }

  private static JsonObject applyOperations(JsonObject target, JsonArray operations) {
    JsonStructure current = target;
    for (JsonValue value : operations) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ApiError.badRequest("Each JSON Patch operation is an object, got " + value);
      }
      JsonObject operation = value.asJsonObject();
      String op = operationName(operation.get("op"));
      String path = Json.string(operation, "path").orElseThrow(() -> missing("path"));
      try {
        JsonPointer pointer = jakarta.json.Json.createPointer(path);
        current =
            switch (op) {
              case "add" -> pointer.add(current, valueOf(operation));
              case "replace" ->
                  pointer.containsValue(current)
                      ? pointer.replace(current, valueOf(operation))
                      : pointer.add(current, valueOf(operation));
              case "remove" -> pointer.remove(current);
              case "test" -> test(pointer, current, valueOf(operation), path);
              default -> throw ApiError.badRequest("JSON Patch op '" + op + "' is not supported");
            };
      } catch (JsonException e) {
        throw ApiError.badRequest(
            "JSON Patch cannot apply " + op + " at " + path + ": " + e.getMessage());
      }
    }
    return current.asJsonObject();
  }

  private static JsonStructure test(
      JsonPointer pointer, JsonStructure current, JsonValue expected, String path) {
    if (!pointer.containsValue(current) || !pointer.getValue(current).equals(expected)) {
      throw new ApiError(409, "Conflict", "JSON Patch test failed at " + path);
    }
    return current;
  }

  private static String operationName(JsonValue op) {
    if (op == null) {
      throw missing("op");
    }
    if (op.getValueType() == JsonValue.ValueType.NUMBER) {
      int index = ((jakarta.json.JsonNumber) op).intValue();
      if (index > 0 && index < NUMBERED.size()) {
        return NUMBERED.get(index);
      }
    }
    if (op.getValueType() == JsonValue.ValueType.STRING) {
      return ((jakarta.json.JsonString) op).getString().toLowerCase(Locale.ROOT);
    }
    throw ApiError.badRequest("JSON Patch op is not understood: " + op);
  }

  private static JsonValue valueOf(JsonObject operation) {
    if (!operation.containsKey("value")) {
      throw missing("value");
    }
    return operation.get("value");
  }

  private static ApiError missing(String member) {
    return ApiError.badRequest("A JSON Patch operation lacks '" + member + "'");
  }
}
