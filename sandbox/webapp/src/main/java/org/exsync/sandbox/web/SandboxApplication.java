package org.exsync.sandbox.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.exsync.sandbox.DemoTenant;
import org.exsync.sandbox.Simulator;
import org.exsync.sandbox.control.ControlApi;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.superoffice.SuperOfficeSimulator;

/**
 * Starts the simulators when the sandbox is deployed, seeds them with the demo world and mounts
 * each under its own path: {@code /identity}, {@code /superoffice}, {@code /ews}, and {@code
 * /control} for tests and the curious.
 */
@WebListener
public final class SandboxApplication implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SandboxApplication.class.getName());

  private final AtomicReference<SandboxWorld> world = new AtomicReference<>();
  private IdentitySimulator identity;
  private SuperOfficeSimulator superOffice;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    identity = new IdentitySimulator();
    identity.registerApplication(DemoTenant.application(consentCallbacks()));
    identity.grantAdminConsent(DemoTenant.CLIENT_ID);
    superOffice = new SuperOfficeSimulator();
    EwsSimulator ews =
        new EwsSimulator(
            EwsSettings.defaults(identity)
                .withServiceAccounts(List.of(DemoTenant.serviceAccount())));

    Map<String, Simulator> simulators = new LinkedHashMap<>();
    simulators.put("identity", identity);
    simulators.put("superoffice", superOffice);
    simulators.put("ews", ews);

    long started = System.nanoTime();
    seed(simulators, WorldGenerator.demo());
    LOG.info(
        () ->
            String.format(
                "Sandbox seeded with %d demo users in %d ms",
                world.get().users().size(), (System.nanoTime() - started) / 1_000_000));

    ServletContext context = event.getServletContext();
    mount(context, "identity", new SimulatorServlet(identity.handler()), "/identity/*");
    mount(context, "superoffice", new SimulatorServlet(superOffice.handler()), "/superoffice/*");
    mount(context, "ews", new SimulatorServlet(ews.handler()), "/ews/*");
    mount(
        context,
        "control",
        new SimulatorServlet(new ControlApi(simulators, w -> seed(simulators, w))),
        "/control/*");
    mount(
        context,
        "identity-revocations",
        new SimulatorServlet(new IdentityRevocations(identity)),
        "/control/identity/revocations");
    mount(
        context,
        "identity-token-alias",
        new SimulatorServlet(new OidcTokenAlias(identity.handler(), () -> world.get().tenantId())),
        "/oauth2/v2.0/token");
    // "/" rather than the context-root mapping "": Payara 6's Grizzly mapper cannot remove an ""
    // mapping on undeploy (NegativeArraySizeException in Mapper.removeWrapper), which left the
    // web module half stopped and made the next deployment on the server fail.
    mount(context, "home", new SandboxHomeServlet(world::get), "/");
  }

  /**
   * The consent application's callback on this domain's public listener, which server-config names
   * in the system property {@code exsync.public-url}.
   */
  private static List<String> consentCallbacks() {
    String publicUrl = System.getProperty("exsync.public-url", "");
    if (publicUrl.isBlank()) {
      return List.of();
    }
    return List.of((publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "callback");
  }

  private void seed(Map<String, Simulator> simulators, SandboxWorld next) {
    simulators.values().forEach(simulator -> simulator.seed(next));
    world.set(next);
  }

  private static void mount(
      ServletContext context, String name, jakarta.servlet.Servlet servlet, String mapping) {
    context.addServlet(name, servlet).addMapping(mapping);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (superOffice != null) {
      superOffice.close();
    }
  }
}
