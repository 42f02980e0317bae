package org.exsync.admin.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.exsync.infrastructure.persistence.SchemaMigration;

/** Ready when the database answers now and its schema was migrated at start-up. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 3;

  @Resource(lookup = "jdbc/exsync")
  private DataSource dataSource;

  @Inject private SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    if (migration.failure().isPresent()) {
      return response.down().withData("reason", migration.failure().get()).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
        return response.down().withData("reason", "the database did not answer in time").build();
      }
      return response
          .up()
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .withData("schemaVersion", migration.schemaVersion().orElse("unknown"))
          .build();
    } catch (SQLException e) {
      return response.down().withData("reason", "cannot connect: " + e.getMessage()).build();
    }
  }
}
