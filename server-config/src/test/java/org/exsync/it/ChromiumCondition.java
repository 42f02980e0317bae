package org.exsync.it;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the browser tests, visibly and with the reason, when Debian's Chromium or ChromeDriver is
 * missing (server-config/bin/browser-deps installs them when it may). Used with
 * {@code @ExtendWith(ChromiumCondition.class)}.
 */
public class ChromiumCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Files.isExecutable(Chromium.BINARY) && Files.isExecutable(Chromium.DRIVER)) {
      return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
    }
    String reason =
        "SKIPPED: the browser tests need Debian's chromium and chromium-driver ("
            + Chromium.BINARY
            + ", "
            + Chromium.DRIVER
            + "); install them with: apt-get install chromium chromium-driver";
    System.out.println(reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
