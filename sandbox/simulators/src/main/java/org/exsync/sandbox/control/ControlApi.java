package org.exsync.sandbox.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.exsync.sandbox.Simulator;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/**
 * The control surface over HTTP, for the deployed sandbox and black-box tests: {@code
 * /{simulator}/counters} (GET, DELETE), {@code /{simulator}/faults} (GET, POST a rule, DELETE all)
 * and {@code /seed} (POST: generate a world and seed every simulator with it). In-process tests use
 * the simulators' Java API instead.
 */
public final class ControlApi implements SimHandler {

  private static final String JSON = "application/json; charset=utf-8";

  private final Map<String, Simulator> simulators;
  private final Consumer<SandboxWorld> seeding;

  /**
   * @param simulators the simulators by the name used in paths ({@code ews}, {@code superoffice},
   *     {@code identity})
   * @param seeding seeds every simulator with a world, in the order the host needs
   */
  public ControlApi(Map<String, Simulator> simulators, Consumer<SandboxWorld> seeding) {
    this.simulators = Map.copyOf(simulators);
    this.seeding = seeding;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    String[] parts = request.path().replaceAll("^/+|/+$", "").split("/");
    if (parts.length == 1 && parts[0].equals("seed") && request.method().equals("POST")) {
      return seed(request);
    }
    if (parts.length != 2 || !simulators.containsKey(parts[0])) {
      return problem(
          404, "No control resource at " + request.path() + "; simulators: " + simulators.keySet());
    }
    Simulator simulator = simulators.get(parts[0]);
    return switch (parts[1] + " " + request.method()) {
      case "counters GET" -> counters(simulator);
      case "counters DELETE" -> {
        simulator.counters().reset();
        yield SimResponse.empty(204);
      }
      case "faults GET" -> faults(simulator);
      case "faults POST" -> addFault(simulator, request);
      case "faults DELETE" -> {
        simulator.faults().clear();
        yield SimResponse.empty(204);
      }
      default -> problem(405, request.method() + " is not allowed on " + request.path());
    };
  }

  private SimResponse seed(SimRequest request) {
    Map<String, String> query = request.queryParameters();
    try {
      WorldSizes sizes =
          new WorldSizes(
              intParameter(query, "users", WorldSizes.DEMO.users()),
              intParameter(query, "appointments", WorldSizes.DEMO.appointments()),
              intParameter(query, "tasks", WorldSizes.DEMO.tasks()),
              intParameter(query, "contacts", WorldSizes.DEMO.contacts()));
      long seed = intParameter(query, "seed", 2026);
      SandboxWorld world = new WorldGenerator(seed, LocalDate.now(ZoneOffset.UTC)).generate(sizes);
      seeding.accept(world);
      return SimResponse.of(
          200,
          JSON,
          Json.createObjectBuilder()
              .add("users", world.users().size())
              .add("tenantId", world.tenantId())
              .add("domain", world.domain())
              .build()
              .toString());
    } catch (IllegalArgumentException e) {
      return problem(400, e.getMessage());
    }
  }

  private static int intParameter(Map<String, String> query, String name, int fallback) {
    String value = query.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
    }
  }

  private static SimResponse counters(Simulator simulator) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    simulator.counters().snapshot().forEach(body::add);
    return SimResponse.of(200, JSON, body.build().toString());
  }

  private static SimResponse faults(Simulator simulator) {
    var list = Json.createArrayBuilder();
    simulator.faults().rules().forEach(rule -> list.add(FaultRuleJson.write(rule)));
    return SimResponse.of(200, JSON, list.build().toString());
  }

  private static SimResponse addFault(Simulator simulator, SimRequest request) {
    try (JsonReader reader = Json.createReader(new StringReader(request.bodyText()))) {
      FaultRule rule = FaultRuleJson.read(reader.readObject());
      simulator.faults().add(rule);
      return SimResponse.of(201, JSON, FaultRuleJson.write(rule).toString());
    } catch (JsonException | ClassCastException e) {
      return problem(400, "The body must be a JSON fault rule: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return problem(400, e.getMessage());
    }
  }

  private static SimResponse problem(int status, String message) {
    JsonObject body = Json.createObjectBuilder().add("error", message).build();
    return SimResponse.of(status, JSON, body.toString());
  }
}
