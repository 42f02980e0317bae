package org.exsync.sandbox.identity;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON-P factories made once: {@code Json.createObjectBuilder()} looks the provider up on every
 * call, which the token endpoint would pay on every request.
 */
final class Jsons {

  static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private Jsons() {}

  /**
   * @throws jakarta.json.JsonException or {@link ClassCastException} when the text is not an object
   */
  static JsonObject parse(String text) {
    try (var reader = READERS.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
