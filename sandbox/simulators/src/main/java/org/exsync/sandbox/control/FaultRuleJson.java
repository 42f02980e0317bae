package org.exsync.sandbox.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * A fault rule as JSON: {@code {"kind": "HTTP_STATUS", "status": 503, "operation": "GetItem",
 * "principal": "kari@northwind.example", "share": 0.5, "times": 3, "delayMillis": 0}}; only {@code
 * kind} is required.
 */
final class FaultRuleJson {

  private FaultRuleJson() {}

  static FaultRule read(JsonObject json) {
    String kindName = json.getString("kind", null);
    if (kindName == null) {
      throw new IllegalArgumentException(
          "A fault rule needs \"kind\", one of " + java.util.Arrays.toString(FaultKind.values()));
    }
    FaultKind kind;
    try {
      kind = FaultKind.valueOf(kindName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown fault kind '"
              + kindName
              + "'; use one of "
              + java.util.Arrays.toString(FaultKind.values()));
    }
    return new FaultRule(
        kind,
        json.getString("operation", null),
        json.getString("principal", null),
        json.containsKey("share") ? json.getJsonNumber("share").doubleValue() : 1,
        json.getInt("times", FaultRule.UNLIMITED),
        json.getInt("status", 503),
        json.containsKey("delayMillis") ? json.getJsonNumber("delayMillis").longValue() : 1);
  }

  static JsonObject write(FaultRule rule) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("kind", rule.kind().name())
            .add("share", rule.share())
            .add("times", rule.times())
            .add("status", rule.status())
            .add("delayMillis", rule.delayMillis());
    if (rule.operation() != null) {
      json.add("operation", rule.operation());
    }
    if (rule.principal() != null) {
      json.add("principal", rule.principal());
    }
    return json.build();
  }
}
