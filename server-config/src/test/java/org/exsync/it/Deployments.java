package org.exsync.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds what the integration tests deploy: the real EAR as the build produced
 * it, optionally with a small test module beside its own modules so that tests can run inside the
 * application and use its entities, repositories and data source.
 */
final class Deployments {

  private static final String PROBE = "exsync-it.war";

  private Deployments() {}

  /** The EAR exactly as a user deploys it. */
  static EnterpriseArchive exsync() {
    File ear = new File(System.getProperty("exsync.it.ear", "target/exsync.ear"));
    return ShrinkWrap.create(ZipImporter.class, "exsync.ear")
        .importFrom(ear)
        .as(EnterpriseArchive.class);
  }

  /** The sandbox WAR as the demo deploys it: simulated Exchange, SuperOffice and sign-in. */
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The real EAR plus a test module holding the given test classes, which then run in the server,
   * as the admin ({@link AdminDescriptors}): the application services they call ask for the admin
   * role.
   */
  static EnterpriseArchive exsyncWith(Class<?>... testClasses) {
    return exsyncWith(Map.of(), UnaryOperator.identity(), testClasses);
  }

  /**
   * The same, with values the tests read inside the server through {@link TargetDomain#value}: the
   * target domain's port base always, and whatever the caller adds (system properties of the test
   * runner do not reach the server).
   */
  static EnterpriseArchive exsyncWith(Map<String, String> values, Class<?>... testClasses) {
    return exsyncWith(values, UnaryOperator.identity(), testClasses);
  }

  /**
   * The real EAR plus a test module holding the given test classes, with more put into that module
   * (libraries the tests use, settings they read inside the server).
   */
  static EnterpriseArchive exsyncWith(UnaryOperator<WebArchive> more, Class<?>... testClasses) {
    return exsyncWith(Map.of(), more, testClasses);
  }

  private static EnterpriseArchive exsyncWith(
      Map<String, String> values, UnaryOperator<WebArchive> more, Class<?>... testClasses) {
    java.util.Properties target = new java.util.Properties();
    target.setProperty("exsync.it.portBase", String.valueOf(TargetDomain.portBase()));
    target.setProperty("exsync.it.database", TargetDomain.database());
    values.forEach(target::setProperty);
    java.io.StringWriter text = new java.io.StringWriter();
    try {
      target.store(text, "the integration test run's target");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, PROBE)
            .addClasses(testClasses)
            .addClasses(TargetDomain.class, Deployments.class)
            .addAsLibrary(jarOf(Assertions.class))
            .addAsResource(new StringAsset(text.toString()), TargetDomain.RESOURCE)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addAsWebInfResource(new StringAsset(AdminDescriptors.testModuleWebXml()), "web.xml")
            .addAsWebInfResource(
                new StringAsset(AdminDescriptors.testModuleGlassfishWebXml()), "glassfish-web.xml");
    return withModule(exsync(), Testable.archiveToTest(more.apply(probe)), "/exsync-it");
  }

  /**
   * The real EAR plus a test module holding the given test classes, and an EJB module of its own
   * with the given beans. The application's own beans see beans of another EJB module of the EAR,
   * but not those of the test module (a web module), so a bean the application must find, such as
   * an implementation of one of its extension points, goes there.
   */
  static EnterpriseArchive exsyncWithBeans(Class<?>[] beans, Class<?>... testClasses) {
    EnterpriseArchive ear = exsyncWith(testClasses);
    JavaArchive module =
        ShrinkWrap.create(JavaArchive.class, "exsync-it-beans.jar")
            .addClasses(beans)
            .addAsManifestResource(new StringAsset(ALL_BEANS), "beans.xml");
    ear.addAsModule(module);
    String applicationXml;
    ArchivePath descriptor = ear.get("META-INF/application.xml").getPath();
    try (var in = ear.get(descriptor).getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String entry = "<module><ejb>" + module.getName() + "</ejb></module>";
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace("<library-directory>", entry + "<library-directory>")));
    return ear;
  }

  /**
   * The real EAR plus a small web module that is not a test: servlets through which tests that
   * drive the application from outside, like a user, look inside it. Served at {@code
   * /exsync-probe}. A servlet marked {@code @RunAs("sync-admin")} calls the application services as
   * the admin; paths under {@code /signed-in/} ask for the admin's login ({@link
   * AdminDescriptors}).
   */
  static EnterpriseArchive exsyncWithProbe(Class<?>... servlets) {
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, "exsync-probe.war")
            .addClasses(servlets)
            .addClasses(Transactions.class)
            .addAsWebInfResource(new StringAsset(ALL_BEANS), "beans.xml")
            .addAsWebInfResource(new StringAsset(AdminDescriptors.probeModuleWebXml()), "web.xml")
            .addAsWebInfResource(
                new StringAsset(AdminDescriptors.probeModuleGlassfishWebXml(servlets)),
                "glassfish-web.xml");
    return withModule(exsync(), probe, "/exsync-probe");
  }

  private static final String ALL_BEANS =
      "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
          + " bean-discovery-mode=\"all\"/>";

  private static EnterpriseArchive withModule(
      EnterpriseArchive ear, WebArchive module, String contextRoot) {
    ear.addAsModule(module);
    ArchivePath descriptor = ear.get("META-INF/application.xml").getPath();
    String applicationXml;
    try (var in = ear.get(descriptor).getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // Modules come before the library directory in application.xml.
    String entry =
        "<module><web><web-uri>"
            + module.getName()
            + "</web-uri><context-root>"
            + contextRoot
            + "</context-root></web></module>";
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace("<library-directory>", entry + "<library-directory>")));
    return ear;
  }

  /** The jar (or class directory) a class was loaded from. */
  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
