package org.exsync.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  private static RuntimeException wrapped(String message, String sqlState) {
    return new RuntimeException("Unable to obtain connection", new SQLException(message, sqlState));
  }

  @Test
  void unreachableServer_saysSoAndHowToCheckThePool() {
    String text = DatabaseFailures.explain(wrapped("Connection refused", "08001"));

    assertThat(text)
        .contains("cannot be reached")
        .contains("Connection refused")
        .contains("asadmin ping-connection-pool exsync-pool");
  }

  @Test
  void missingRights_saysWhichGrantIsNeeded() {
    String text = DatabaseFailures.explain(wrapped("permission denied for schema exsync", "42501"));

    assertThat(text).contains("may not create or change").contains("Grant it CREATE and USAGE");
  }

  @Test
  void missingSchema_saysToCreateIt() {
    String text = DatabaseFailures.explain(wrapped("schema \"exsync\" does not exist", "3F000"));

    assertThat(text).contains("schema does not exist").contains("configure-domain");
  }

  @Test
  void otherFailure_carriesTheRootMessage() {
    String text =
        DatabaseFailures.explain(
            new IllegalStateException("outer", new Error("checksum mismatch")));

    assertThat(text).isEqualTo("the schema migration failed (checksum mismatch)");
  }
}
