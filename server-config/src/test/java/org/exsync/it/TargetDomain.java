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

  private TargetDomain() {}

  static String database() {
    return System.getProperty("exsync.it.database", "h2");
  }

  static int portBase() {
    return Integer.getInteger("exsync.it.portBase", 29000);
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
