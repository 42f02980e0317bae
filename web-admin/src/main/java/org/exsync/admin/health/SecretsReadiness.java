package org.exsync.admin.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.exsync.infrastructure.config.RequiredSecrets;

/** Ready when every secret Exsync needs resolves from its password alias; never shows a value. */
@Readiness
@ApplicationScoped
public class SecretsReadiness implements HealthCheck {

  @Inject private RequiredSecrets secrets;

  @Override
  public HealthCheckResponse call() {
    return secrets
        .problem()
        .map(problem -> HealthCheckResponse.named("secrets").down().withData("reason", problem))
        .orElseGet(() -> HealthCheckResponse.named("secrets").up())
        .build();
  }
}
