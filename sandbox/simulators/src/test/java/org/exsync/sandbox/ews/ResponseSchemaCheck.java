package org.exsync.sandbox.ews;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.exsync.sandbox.ews.schema.EwsSchema;
import org.exsync.sandbox.ews.schema.RequestValidator;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/**
 * Wraps the simulator's handler and validates every successful response it produces against the EWS
 * schema (the header's ServerVersionInfo and the operation's response element). Tests assert that
 * nothing was found.
 */
final class ResponseSchemaCheck implements SimHandler {

  private final SimHandler inner;
  private final RequestValidator validator = new RequestValidator(EwsSchema.get());
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private volatile int checked;

  ResponseSchemaCheck(SimHandler inner) {
    this.inner = inner;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    SimResponse response = inner.handle(request);
    if (response.status() == 200 && response.body().length > 0 && !response.dropConnection()) {
      validator
          .validate(response.body())
          .ifPresent(
              v ->
                  problems.add(
                      v
                          + " in "
                          + response
                              .bodyText()
                              .substring(0, Math.min(3000, response.bodyText().length()))));
      checked++;
    }
    return response;
  }

  List<String> problems() {
    return problems;
  }

  int checked() {
    return checked;
  }
}
