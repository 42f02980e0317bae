package org.exsync.domain.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * One setting the administrator edits, stored in the database so that every server sees the same
 * value at once and a change needs no restart. Names are dotted words, for example {@code
 * entra.client-id}; values are text.
 */
@Entity
@Table(name = "app_setting")
public class Setting {

  public static final int NAME_LENGTH = 100;
  public static final int VALUE_LENGTH = 8000;
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  @Id
  @Column(name = "name", length = NAME_LENGTH)
  private String name;

  @Column(name = "setting_value", nullable = false, length = VALUE_LENGTH)
  private String value;

  @Column(name = "updated_at_utc", nullable = false)
  private LocalDateTime updatedAt;

  protected Setting() {}

  public Setting(String name, String value, Instant now) {
    String checked = Require.text(name, "name", NAME_LENGTH);
    if (!NAME.matcher(checked).matches()) {
      throw new IllegalArgumentException(
          "A setting name is lower-case words joined by dots or dashes, got '" + name + "'");
    }
    this.name = checked;
    change(value, now);
  }

  /** Takes a new value; an empty text is a value too (for example "no admin recipients"). */
  public void change(String newValue, Instant now) {
    Require.present(newValue, "value");
    if (newValue.length() > VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "The setting "
              + name
              + " takes at most "
              + VALUE_LENGTH
              + " characters, got "
              + newValue.length());
    }
    this.value = newValue;
    this.updatedAt = Utc.toColumn(Require.present(now, "now"));
  }

  public String getName() {
    return name;
  }

  public String getValue() {
    return value;
  }

  public Instant getUpdatedAt() {
    return Utc.fromColumn(updatedAt);
  }

  @Override
  public String toString() {
    return "Setting[" + name + "]";
  }
}
