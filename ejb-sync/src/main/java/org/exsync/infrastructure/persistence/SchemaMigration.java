package org.exsync.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when Exsync starts, before anything reads or writes. Flyway
 * owns the schema; EclipseLink never generates it. A failure keeps the application deployed but not
 * ready: readiness reports the reason, and the log says what to do, without a stack trace.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/exsync")
  private DataSource dataSource;

  private volatile String schemaVersion;
  private volatile String failure;

  @PostConstruct
  void migrate() {
    try {
      Flyway flyway =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              // Payara's timer service may create its table (EJB__TIMER__TBL) in the Exsync schema
              // before the first migration: a schema without history then starts from version 0,
              // so every migration still runs.
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load();
      MigrateResult result = flyway.migrate();
      MigrationInfo current = flyway.info().current();
      schemaVersion = current != null ? current.getVersion().getVersion() : "empty";
      LOG.info(
          () ->
              "Database schema is at version %s (%d migration(s) applied now)"
                  .formatted(schemaVersion, result.migrationsExecuted));
    } catch (RuntimeException e) {
      failure = DatabaseFailures.explain(e);
      LOG.severe("Exsync cannot use its database: " + failure);
      LOG.log(Level.FINE, "Schema migration failure", e);
    }
  }

  /** The schema version after a successful migration. */
  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  /** Why the migration failed, in words for an administrator; empty when it succeeded. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
