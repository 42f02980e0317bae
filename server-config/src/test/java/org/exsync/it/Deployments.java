package org.exsync.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
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
    return exsyncWith(UnaryOperator.identity(), testClasses);
  }

  /**
   * The real EAR plus a test module holding the given test classes, with more put into that module
   * (libraries the tests use, settings they read inside the server).
   */
  static EnterpriseArchive exsyncWith(UnaryOperator<WebArchive> more, Class<?>... testClasses) {
    EnterpriseArchive ear = exsync();
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, PROBE)
            .addClasses(testClasses)
            .addClasses(TargetDomain.class, Deployments.class)
            .addAsLibrary(jarOf(Assertions.class))
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    ear.addAsModule(Testable.archiveToTest(more.apply(probe)));
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

  /** The jar (or class directory) a class was loaded from. */
  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
