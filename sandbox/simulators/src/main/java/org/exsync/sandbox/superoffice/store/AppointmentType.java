package org.exsync.sandbox.superoffice.store;

/**
 * Where an appointment lives, spelled as the Web API spells it: {@code inDiary} for meetings in the
 * diary, {@code inChecklist} for to-dos, {@code BookingForDiary} for an invitation to someone
 * else's booking that waits in the invited associate's invitation list until it is answered.
 */
public enum AppointmentType {
  inDiary(1),
  inChecklist(2),
  BookingForDiary(6);

  private final int raw;

  AppointmentType(int raw) {
    this.raw = raw;
  }

  /** The number the archive's {@code rawType} column shows. */
  public int raw() {
    return raw;
  }
}
