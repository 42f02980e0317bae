package org.exsync.sandbox.superoffice.webhook;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.rest.ApiCall;
import org.exsync.sandbox.superoffice.rest.ApiError;
import org.exsync.sandbox.superoffice.rest.EntityEndpoint;
import org.exsync.sandbox.superoffice.rest.Json;

/**
 * {@code /api/v1/Webhook}: register (POST), list (GET), read (GET by id) and remove (DELETE by id)
 * webhooks, in the {@code Webhook} shape. The secret is taken but never shown back.
 */
public final class WebhookResource {

  private static final Pattern EVENT =
      Pattern.compile("(activity|person|contact|associate)\\.(created|changed|deleted|\\*)");

  private final WebhookRegistry registry;
  private final Clock clock;

  public WebhookResource(WebhookRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  public EntityEndpoint.Outcome handle(ApiCall call) {
    String method = call.http().method();
    if (call.path().size() == 1 && method.equals("POST")) {
      return new EntityEndpoint.Outcome(Json.ok(json(register(call), call)), 1);
    }
    if (call.path().size() == 1 && method.equals("GET")) {
      JsonArrayBuilder all = jakarta.json.Json.createArrayBuilder();
      registry.all().forEach(hook -> all.add(json(hook, call)));
      return new EntityEndpoint.Outcome(Json.ok(all.build()), registry.all().size());
    }
    if (call.path().size() == 2 && (method.equals("GET") || method.equals("DELETE"))) {
      int id = call.id(1);
      Webhook hook = registry.get(id).orElseThrow(() -> ApiError.notFound("Webhook", id));
      if (method.equals("DELETE")) {
        registry.remove(id);
        return new EntityEndpoint.Outcome(SimResponse.empty(204), 1);
      }
      return new EntityEndpoint.Outcome(Json.ok(json(hook, call)), 1);
    }
    throw new ApiError(405, "MethodNotAllowed", method + " is not served on Webhook here");
  }

  private Webhook register(ApiCall call) {
    JsonObject in = Json.readObject(call.http().bodyText());
    String name =
        Json.string(in, "Name")
            .filter(n -> !n.isBlank())
            .orElseThrow(() -> ApiError.badRequest("A webhook needs a Name"));
    String target = Json.string(in, "TargetUrl").orElse("");
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("TargetUrl is not a URL: '" + target + "'");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
      throw ApiError.badRequest("TargetUrl must be an http or https URL, was '" + target + "'");
    }
    List<String> events = events(in);
    String secret = Json.string(in, "Secret").orElse("");
    String state = Json.string(in, "State").orElse("Active");
    return registry.add(
        id ->
            new Webhook(
                id,
                name,
                events,
                target,
                secret,
                state,
                call.principal().id(),
                clock.instant(),
                0,
                0,
                0,
                ""));
  }

  private static List<String> events(JsonObject in) {
    JsonValue value = in.get("Events");
    if (value == null
        || value.getValueType() != JsonValue.ValueType.ARRAY
        || value.asJsonArray().isEmpty()) {
      throw ApiError.badRequest("A webhook needs Events, for example [\"activity.changed\"]");
    }
    List<String> events = new ArrayList<>();
    for (JsonValue event : value.asJsonArray()) {
      if (!(event instanceof JsonString text) || !EVENT.matcher(text.getString()).matches()) {
        throw ApiError.badRequest("Unknown webhook event " + event);
      }
      events.add(text.getString());
    }
    return events;
  }

  private static JsonObject json(Webhook hook, ApiCall call) {
    JsonArrayBuilder events = jakarta.json.Json.createArrayBuilder();
    hook.events().forEach(events::add);
    return jakarta.json.Json.createObjectBuilder()
        .add("WebhookId", hook.id())
        .add("Name", hook.name())
        .add("Events", events)
        .add("TargetUrl", hook.targetUrl())
        .add("Secret", "")
        .add("State", hook.state())
        .add("Type", "webhook")
        .add("Registered", WireDates.format(WireDates.utc(hook.registered())))
        .add("TotalCalls", hook.totalCalls())
        .add("TotalErrors", hook.totalErrors())
        .add("ConsecutiveErrors", hook.consecutiveErrors())
        .add("LastError", hook.lastError())
        .add("Headers", JsonValue.EMPTY_JSON_OBJECT)
        .add("Properties", JsonValue.EMPTY_JSON_OBJECT)
        .add(
            "_Links",
            jakarta.json.Json.createObjectBuilder()
                .add("Self", call.apiRoot() + "/Webhook/" + hook.id()))
        .build();
  }
}
