package org.exsync.it;

import jakarta.annotation.security.RunAs;
import jakarta.servlet.annotation.WebServlet;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The descriptors that let the test modules call the application services as the admin does. The
 * services ask for the role {@code sync-admin}; a test module's servlets run as that role with
 * Jakarta's run-as, as the admin user server-config creates in the realm {@code exsync-admin}, so
 * the services see the same identity and group that an admin signed in to the console has. Nothing
 * in the application itself changes for the tests.
 */
final class AdminDescriptors {

  /** The role the admin console and the application services ask for. */
  static final String ROLE = "sync-admin";

  /** The admin user server-config creates in the realm, a member of the group sync-admin. */
  static final String ADMIN_USER = "admin";

  /** The realm server-config creates for the admin console. */
  static final String REALM = "exsync-admin";

  /** The servlet the Arquillian servlet protocol runs in-container tests in. */
  static final String TEST_RUNNER = "ArquillianServletRunnerEE9";

  private static final String RUNNER_CLASS =
      "org.jboss.arquillian.protocol.servlet5.runner.ServletTestRunner";

  private AdminDescriptors() {}

  /**
   * The web.xml of an in-container test module: the test runner servlet, as the protocol's own web
   * fragment declares it, but running as the admin role.
   */
  static String testModuleWebXml() {
    return webApp(
        "<servlet><servlet-name>"
            + TEST_RUNNER
            + "</servlet-name><servlet-class>"
            + RUNNER_CLASS
            + "</servlet-class><run-as><role-name>"
            + ROLE
            + "</role-name></run-as></servlet>"
            + "<servlet-mapping><servlet-name>"
            + TEST_RUNNER
            + "</servlet-name><url-pattern>/"
            + TEST_RUNNER
            + "</url-pattern></servlet-mapping>");
  }

  /** The glassfish-web.xml of an in-container test module: its runner runs as the admin user. */
  static String testModuleGlassfishWebXml() {
    return glassfishWebApp(runAsPrincipal(TEST_RUNNER));
  }

  /**
   * The web.xml of a probe module: the realm for run-as and for the paths under {@code
   * /signed-in/}, which ask for the admin's login (BASIC) as the admin console does.
   */
  static String probeModuleWebXml() {
    return webApp(
        "<security-constraint><web-resource-collection><web-resource-name>signed in"
            + "</web-resource-name><url-pattern>/signed-in/*</url-pattern>"
            + "</web-resource-collection><auth-constraint><role-name>"
            + ROLE
            + "</role-name></auth-constraint></security-constraint>"
            + "<login-config><auth-method>BASIC</auth-method><realm-name>"
            + REALM
            + "</realm-name></login-config>");
  }

  /**
   * The glassfish-web.xml of a probe module: its servlets marked {@link RunAs} run as the admin.
   */
  static String probeModuleGlassfishWebXml(Class<?>... servlets) {
    return glassfishWebApp(
        Arrays.stream(servlets)
            .filter(servlet -> servlet.isAnnotationPresent(RunAs.class))
            .map(AdminDescriptors::servletName)
            .map(AdminDescriptors::runAsPrincipal)
            .collect(Collectors.joining()));
  }

  private static String servletName(Class<?> servlet) {
    WebServlet web = servlet.getAnnotation(WebServlet.class);
    return web == null || web.name().isEmpty() ? servlet.getName() : web.name();
  }

  private static String runAsPrincipal(String servlet) {
    return "<servlet><servlet-name>"
        + servlet
        + "</servlet-name><principal-name>"
        + ADMIN_USER
        + "</principal-name></servlet>";
  }

  private static String webApp(String body) {
    return "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
        + body
        + (body.contains("<login-config>")
            ? ""
            : "<login-config><realm-name>" + REALM + "</realm-name></login-config>")
        + "<security-role><role-name>"
        + ROLE
        + "</role-name></security-role></web-app>";
  }

  private static String glassfishWebApp(String body) {
    return "<!DOCTYPE glassfish-web-app PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server"
        + " 3.1 Servlet 3.0//EN\" \"http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd\">"
        + "<glassfish-web-app>"
        + body
        + "<class-loader delegate=\"true\"/></glassfish-web-app>";
  }
}
