package org.exsync.sandbox.superoffice.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/**
 * Stands in front of the SuperOffice simulator and checks every Web API exchange that passes
 * against the Swagger contract, so that a client under test is held to the contract in whatever it
 * sends and reads. The login service and the tenant status are not in the Swagger file and pass
 * unchecked; so do answers broken on purpose (dropped connections).
 */
public final class ContractCheckingHandler implements SimHandler {

  private final SimHandler simulator;
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicInteger checked = new AtomicInteger();

  public ContractCheckingHandler(SimHandler simulator) {
    this.simulator = simulator;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    SimResponse response = simulator.handle(request);
    if (!request.path().toLowerCase(java.util.Locale.ROOT).contains("/api/v1/")
        || response.dropConnection()) {
      return response;
    }
    checked.incrementAndGet();
    String target = request.path() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
    String body = request.body().length == 0 ? null : request.bodyText();
    for (String problem :
        SwaggerContract.problems(
            request.method(),
            target,
            request.headers(),
            body,
            response.status(),
            response.headers(),
            response.bodyText())) {
      problems.add(
          request.method() + " " + request.path() + " -> " + response.status() + ": " + problem);
    }
    return response;
  }

  /** Every disagreement with the contract seen so far, one line each. */
  public List<String> problems() {
    return new ArrayList<>(problems);
  }

  /** How many exchanges were checked. */
  public int checked() {
    return checked.get();
  }
}
