package org.exsync.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.exsync.infrastructure.config.RequiredSecrets;
import org.exsync.infrastructure.persistence.SchemaMigration;

/** What the administrator sees first: whether Exsync is ready to sync, and if not, why. */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class SystemStatusService {

  @Inject private SchemaMigration migration;
  @Inject private RequiredSecrets secrets;

  @Inject
  @ConfigProperty(name = "exsync.database", defaultValue = "h2")
  private String database;

  @Inject
  @ConfigProperty(name = "exsync.public-url", defaultValue = "")
  private String publicUrl;

  public SystemStatus status() {
    return new SystemStatus(
        database,
        migration.schemaVersion().orElse("not migrated"),
        migration.failure().or(secrets::problem),
        publicUrl);
  }
}
