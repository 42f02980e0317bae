package org.exsync.sandbox.superoffice.store;

/**
 * Where an appointment lives, spelled as the Web API spells it: {@code inDiary} for meetings in the
 * diary, {@code inChecklist} for to-dos.
 */
public enum AppointmentType {
  inDiary(1),
  inChecklist(2);

  private final int raw;

  AppointmentType(int raw) {
    this.raw = raw;
  }

  /** The number the archive's {@code rawType} column shows. */
  public int raw() {
    return raw;
  }
}
