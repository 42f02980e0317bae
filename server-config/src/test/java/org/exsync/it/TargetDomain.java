package org.exsync.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Payara domain this test run targets, as set by the build: its database kind, its ports
 * (derived from the port base as server-config/bin/common.sh derives them) and its home directory.
 */
final class TargetDomain {

  /** Inside the server, where the runner's system properties are absent, they come from here. */
  static final String RESOURCE = "exsync-it-target.properties";

  private TargetDomain() {}

  static String database() {
    return value("exsync.it.database", "h2");
  }

  static int portBase() {
    return Integer.parseInt(value("exsync.it.portBase", "29000"));
  }

  /** A system property of the test run, or inside the server the value the deployment carries. */
  static String value(String name, String fallback) {
    String property = System.getProperty(name);
    if (property != null) {
      return property;
    }
    try (var in = TargetDomain.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return fallback;
      }
      java.util.Properties carried = new java.util.Properties();
      carried.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return carried.getProperty(name, fallback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL on the internal listener, which serves the admin application and /health. */
  static URI internal(String path) {
    return URI.create("http://127.0.0.1:" + (portBase() + 80) + path);
  }

  /** A URL on the public listener, which serves the consent application only. */
  static URI publicListener(String path) {
    return URI.create("http://127.0.0.1:" + (portBase() + 90) + path);
  }

  /** The admin password server-config generated and wrote beside the domain. */
  static String adminPassword() {
    Path file = Path.of(System.getProperty("exsync.it.home"), "secrets", "admin-credentials.txt");
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith("password: "))
          .map(line -> line.substring("password: ".length()))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No password line in " + file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
