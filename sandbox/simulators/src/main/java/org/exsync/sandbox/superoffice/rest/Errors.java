package org.exsync.sandbox.superoffice.rest;

import jakarta.json.JsonObject;
import org.exsync.sandbox.http.SimResponse;

/**
 * SuperOffice's error body: {@code {"Error": ..., "ErrorType": ..., "ErrorSource": ...}}. The
 * Swagger file declares no error schema, so this follows what the Web API sends.
 */
public final class Errors {

  private Errors() {}

  public static JsonObject body(String errorType, String message, String source) {
    return jakarta.json.Json.createObjectBuilder()
        .add("Error", message)
        .add("ErrorType", errorType)
        .add("ErrorSource", source)
        .build();
  }

  public static SimResponse response(int status, String errorType, String message, String source) {
    return SimResponse.of(status, Json.MEDIA_TYPE, Json.write(body(errorType, message, source)));
  }

  public static SimResponse of(ApiError error, String source) {
    return response(error.status(), error.errorType(), error.getMessage(), source);
  }
}
