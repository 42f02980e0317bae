package org.exsync.infrastructure.oauth;

import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The refresh token in a client's token cache. MSAL4J keeps refresh tokens to itself; its
 * serialized cache is the documented way out, and a client built for one call holds one.
 */
final class CachedRefreshToken {

  private CachedRefreshToken() {}

  static Optional<String> of(ConfidentialClientApplication msal) {
    try (JsonReader reader = Json.createReader(new StringReader(msal.tokenCache().serialize()))) {
      JsonObject cache = reader.readObject();
      JsonObject tokens = cache.getJsonObject("RefreshToken");
      if (tokens == null) {
        return Optional.empty();
      }
      return tokens.values().stream()
          .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
          .map(value -> value.asJsonObject().getString("secret", ""))
          .filter(secret -> !secret.isBlank())
          .findFirst();
    }
  }
}
