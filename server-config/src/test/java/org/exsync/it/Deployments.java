package org.exsync.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

  /**
   * The real EAR plus a test module holding the given test classes, which then run in the server.
   */
  static EnterpriseArchive exsyncWith(Class<?>... testClasses) {
    return exsyncWith(java.util.Map.of(), testClasses);
  }

  /**
   * The same, with values the tests read inside the server through {@link TargetDomain#value}: the
   * target domain's port base always, and whatever the caller adds (system properties of the test
   * runner do not reach the server).
   */
  static EnterpriseArchive exsyncWith(
      java.util.Map<String, String> values, Class<?>... testClasses) {
    EnterpriseArchive ear = exsync();
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
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    ear.addAsModule(Testable.archiveToTest(probe));
    ArchivePath descriptor = ear.get("META-INF/application.xml").getPath();
    String applicationXml;
    try (var in = ear.get(descriptor).getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // Modules come before the library directory in application.xml.
    String module =
        "<module><web><web-uri>"
            + PROBE
            + "</web-uri><context-root>/exsync-it</context-root></web></module>";
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace("<library-directory>", module + "<library-directory>")));
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
