package org.exsync.application;

import java.util.Optional;

/**
 * Exsync's own state as the admin start page shows it.
 *
 * @param database the configured database kind ({@code h2} or {@code postgres})
 * @param schemaVersion the Flyway schema version, or "not migrated"
 * @param problem what keeps Exsync from working, in words for an administrator
 * @param publicUrl where users reach the registration pages
 */
public record SystemStatus(
    String database, String schemaVersion, Optional<String> problem, String publicUrl) {

  public boolean ready() {
    return problem.isEmpty();
  }
}
