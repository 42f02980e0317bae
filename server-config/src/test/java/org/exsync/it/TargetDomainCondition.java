package org.exsync.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run of the integration tests, visibly and with the reason, when no
 * PostgreSQL answers: then server-config/bin/it-domains created no PostgreSQL domain to test
 * against.
 */
public class TargetDomainCondition implements ExecutionCondition {

  static final String PG_HOST = System.getProperty("exsync.it.pgHost", "127.0.0.1");
  static final int PG_PORT = Integer.getInteger("exsync.it.pgPort", 5432);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!TargetDomain.database().equals("postgres")) {
      return ConditionEvaluationResult.enabled("runs on the embedded H2 database");
    }
    if (postgresAnswers()) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers");
    }
    String reason =
        "SKIPPED: PostgreSQL does not answer at %s:%d, so the PostgreSQL integration tests did not run"
            .formatted(PG_HOST, PG_PORT);
    System.out.println(reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  private static boolean postgresAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(PG_HOST, PG_PORT), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
