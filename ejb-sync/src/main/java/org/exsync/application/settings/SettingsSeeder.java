package org.exsync.application.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.exsync.domain.setting.SettingRepository;
import org.exsync.infrastructure.persistence.SchemaMigration;

/**
 * Writes every admin-editable setting that is not stored yet with its first value from the
 * deployment (for the sandbox: the demo tenant's registration), once the schema is migrated. An
 * admin's later edits are never overwritten.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SettingsSeeder {

  private static final Logger LOG = Logger.getLogger(SettingsSeeder.class.getName());

  @Inject private SettingRepository settings;
  @Inject private SchemaMigration migration;
  @Inject private Clock clock;

  @PostConstruct
  void seed() {
    if (migration.failure().isPresent()) {
      return;
    }
    int written = 0;
    for (SettingKey key : SettingKey.values()) {
      if (settings.find(key.settingName()).isEmpty()) {
        String value =
            key.seed(
                property -> ConfigProvider.getConfig().getOptionalValue(property, String.class));
        settings.put(key.settingName(), value, clock.instant());
        written++;
      }
    }
    int count = written;
    LOG.info(() -> "Admin settings: " + count + " seeded from the deployment's settings");
  }
}
