package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Flyway's migrations ran at deployment, on the configured database. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWith(SchemaIT.class);
  }

  @Resource(lookup = "jdbc/exsync")
  private DataSource dataSource;

  @Test
  void everyMigration_wasAppliedSuccessfully() throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select \"version\", \"success\" from \"flyway_schema_history\""
                    + " where \"version\" is not null and \"type\" <> 'BASELINE'"
                    + " order by \"installed_rank\"")) {
      while (rows.next()) {
        assertThat(rows.getBoolean(2)).as("migration %s succeeded", rows.getString(1)).isTrue();
        applied.add(rows.getString(1));
      }
    }
    // A schema that Payara's timer table reached first gets Flyway's baseline marker at version 0,
    // which is no migration; every migration after it must have run, in order.
    assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
  }

  @Test
  void theSchema_holdsTheDomainTables() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (String table :
          List.of(
              "associate",
              "mailbox",
              "access_grant",
              "invitation",
              "sync_link",
              "item_mapping",
              "sync_cursor",
              "sync_rank",
              "sync_run",
              "sync_item_event")) {
        try (Statement statement = connection.createStatement();
            ResultSet count = statement.executeQuery("select count(*) from " + table)) {
          assertThat(count.next()).as("table %s answers", table).isTrue();
        }
      }
    }
  }
}
