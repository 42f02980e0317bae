package org.exsync.infrastructure.persistence;

import java.sql.SQLException;

/**
 * Turns a database failure into a sentence that tells an administrator what is wrong and what to
 * do.
 */
final class DatabaseFailures {

  private DatabaseFailures() {}

  static String explain(Throwable failure) {
    SQLException sql = firstSqlException(failure);
    String state = sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
    String detail = sql != null ? sql.getMessage() : rootMessage(failure);
    if (state.startsWith("08")) {
      return "the database server cannot be reached ("
          + detail
          + "). Check that it runs and that the JDBC pool 'exsync-pool' points at it:"
          + " asadmin ping-connection-pool exsync-pool";
    }
    if (state.equals("42501")) {
      return "the database user may not create or change Exsync's tables ("
          + detail
          + "). Grant it CREATE and USAGE on the Exsync schema, then restart Exsync.";
    }
    if (state.equals("3F000")) {
      return "the Exsync schema does not exist ("
          + detail
          + "). Create it, or let server-config/bin/configure-domain create it.";
    }
    return "the schema migration failed (" + detail + ")";
  }

  private static SQLException firstSqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}
