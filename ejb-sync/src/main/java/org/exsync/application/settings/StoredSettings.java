package org.exsync.application.settings;

import org.eclipse.microprofile.config.ConfigProvider;
import org.exsync.domain.setting.Setting;
import org.exsync.domain.setting.SettingRepository;

/** Reads a typed setting: the stored value, or its first value when none is stored yet. */
final class StoredSettings {

  private StoredSettings() {}

  static String value(SettingRepository settings, SettingKey key) {
    return settings
        .find(key.settingName())
        .map(Setting::getValue)
        .orElseGet(
            () ->
                key.seed(
                    property ->
                        ConfigProvider.getConfig().getOptionalValue(property, String.class)));
  }
}
