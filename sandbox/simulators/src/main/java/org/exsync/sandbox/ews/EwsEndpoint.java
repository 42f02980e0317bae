package org.exsync.sandbox.ews;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.ews.auth.Authenticator;
import org.exsync.sandbox.ews.auth.Caller;
import org.exsync.sandbox.ews.auth.Unauthorized;
import org.exsync.sandbox.ews.ops.Context;
import org.exsync.sandbox.ews.ops.Operation;
import org.exsync.sandbox.ews.ops.Operations;
import org.exsync.sandbox.ews.schema.RequestValidator;
import org.exsync.sandbox.ews.soap.Envelope;
import org.exsync.sandbox.ews.soap.EwsFault;
import org.exsync.sandbox.ews.throttle.Budgets;
import org.exsync.sandbox.ews.throttle.ThrottlingPolicy;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.Ns;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The HTTP face of the simulator, in the order Exchange handles a request: IIS capacity (503),
 * authentication (401), reading and validating the SOAP request (ErrorSchemaValidation),
 * impersonation, injected faults, throttling, latency, and then the operation.
 */
final class EwsEndpoint implements SimHandler {

  static final String PATH = "/ews/exchange.asmx";
  private static final String XML = "text/xml; charset=utf-8";
  private static final Logger LOG = Logger.getLogger(EwsEndpoint.class.getName());

  private final EwsSimulator simulator;
  private final RequestValidator validator;
  private final Authenticator authenticator;

  EwsEndpoint(EwsSimulator simulator, RequestValidator validator, Authenticator authenticator) {
    this.simulator = simulator;
    this.validator = validator;
    this.authenticator = authenticator;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    if (!PATH.equals(request.path().toLowerCase(Locale.ROOT))) {
      return SimResponse.of(404, "text/html", "<html><body>404 - Not Found</body></html>");
    }
    if (!"POST".equals(request.method())) {
      return SimResponse.of(405, "text/html", "<html><body>405 - Method Not Allowed</body></html>")
          .withHeader("Allow", "POST");
    }
    simulator.counters().increment("requests");
    Budgets budgets = simulator.budgets();
    if (!budgets.enterServer()) {
      simulator.counters().increment("throttled.http503");
      return SimResponse.of(503, "text/html", "<html><body>Service Unavailable</body></html>");
    }
    try {
      return authenticated(request);
    } catch (EwsFault fault) {
      return fault(fault);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "EWS simulator failed on a request", e);
      return fault(
          EwsFault.of(
              "ErrorInternalServerError",
              "An internal server error occurred. The operation failed."));
    } finally {
      budgets.leaveServer();
    }
  }

  private SimResponse authenticated(SimRequest request) {
    Caller signedIn;
    try {
      signedIn = authenticator.authenticate(request);
    } catch (Unauthorized e) {
      simulator.counters().increment("auth.failed");
      return e.response();
    }
    Element operationElement = readOperation(request.body());
    String name = operationElement.getLocalName();
    Operation operation =
        Optional.of(operationElement)
            .filter(e -> Ns.MESSAGES.equals(e.getNamespaceURI()))
            .flatMap(e -> Operations.byName(name))
            .orElseThrow(
                () ->
                    EwsFault.of(
                        "ErrorInvalidRequest",
                        "The request is invalid: the simulator does not serve " + name + "."));
    simulator.counters().increment("requests." + name);
    Element header =
        Dom.child(operationElement.getOwnerDocument().getDocumentElement(), "Header").orElse(null);
    Caller caller =
        authenticator.impersonate(
            signedIn,
            Impersonation.target(header),
            smtp -> simulator.mailboxes().find(smtp).isPresent());
    request
        .header("X-AnchorMailbox")
        .ifPresent(
            anchor -> {
              simulator.counters().increment("anchorMailbox.present");
              if (caller.actingMailbox() != null
                  && !anchor.equalsIgnoreCase(caller.actingMailbox())) {
                simulator.counters().increment("anchorMailbox.mismatch");
              }
            });
    Optional<FaultRule> fault = simulator.faults().draw(name, caller.actingMailbox());
    if (fault.isPresent()) {
      simulator.counters().increment("faults." + fault.get().kind());
      Optional<SimResponse> injected = FaultInjection.before(fault.get());
      if (injected.isPresent()) {
        return injected.get();
      }
    }
    String body = run(operation, operationElement, caller);
    return fault
        .map(f -> FaultInjection.after(f, body))
        .orElseGet(() -> SimResponse.of(200, XML, body));
  }

  private String run(Operation operation, Element element, Caller caller) {
    EwsSettings settings = simulator.settings();
    ThrottlingPolicy limits = settings.throttling();
    int items = operation.itemCount(element);
    Budgets.Admission admission =
        simulator.budgets().admit(caller.budgetOwner(limits.basicChargesImpersonated()));
    long started = System.nanoTime();
    try {
      settings.latency().pause(items);
      Context context =
          new Context(
              caller,
              simulator.mailboxes(),
              limits.itemsPerRequest(),
              limits.findCountLimit(),
              limits.itemsWithinTimeLimit(
                  settings.latency().perRequestMillis(), settings.latency().perItemMillis()));
      XmlOut response = operation.execute(element, context);
      return Envelope.success(response);
    } finally {
      admission.close(items, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private Element readOperation(byte[] body) {
    Document document;
    try {
      document = Dom.parse(body);
    } catch (SAXParseException e) {
      throw schemaFault(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (SAXException e) {
      throw schemaFault(1, 1, e.getMessage());
    }
    Element envelope = document.getDocumentElement();
    Element soapBody =
        Dom.child(envelope, "Body").filter(b -> Ns.SOAP.equals(b.getNamespaceURI())).orElse(null);
    if (!Ns.SOAP.equals(envelope.getNamespaceURI())
        || !"Envelope".equals(envelope.getLocalName())
        || soapBody == null
        || Dom.children(soapBody).isEmpty()) {
      throw EwsFault.of(
          "ErrorInvalidRequest",
          "The request is invalid: it is not a SOAP 1.1 envelope with a body.");
    }
    if (simulator.settings().validateRequests()) {
      validator
          .validate(body)
          .ifPresent(
              v -> {
                throw schemaFault(v.line(), v.position(), v.message());
              });
    }
    return Dom.children(soapBody).get(0);
  }

  private EwsFault schemaFault(int line, int position, String violation) {
    simulator.counters().increment("schema.invalidRequests");
    XmlOut detail =
        new XmlOut()
            .leaf("t:LineNumber", String.valueOf(line))
            .leaf("t:LinePosition", String.valueOf(position))
            .leaf("t:Violation", violation);
    return EwsFault.withMessageXml(
        "ErrorSchemaValidation",
        "The request failed schema validation: "
            + violation
            + " Line "
            + line
            + ", position "
            + position
            + ".",
        detail.toString());
  }

  private SimResponse fault(EwsFault fault) {
    switch (fault.code()) {
      case "ErrorServerBusy", "ErrorExceededConnectionCount" ->
          simulator.counters().increment("throttled." + fault.code());
      default -> {}
    }
    String backOff = fault.values().get("BackOffMilliseconds");
    if (backOff != null) {
      // What the server asked clients to wait, so that a test can hold a client to it.
      simulator.counters().add("throttled.backOffMillis", Long.parseLong(backOff));
    }
    return SimResponse.of(500, XML, Envelope.fault(fault));
  }
}
