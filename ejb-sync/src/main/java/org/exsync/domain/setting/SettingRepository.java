package org.exsync.domain.setting;

import java.util.Optional;

/** The settings the administrator edits. */
public interface SettingRepository {

  Optional<Setting> find(String name);

  /** Stores a new setting, or changes the value of an existing one. */
  void put(String name, String value, java.time.Instant now);
}
