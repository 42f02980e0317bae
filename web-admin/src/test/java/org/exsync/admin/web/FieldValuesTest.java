package org.exsync.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Test
  void anInstant_readsInTheAdminsZone() {
    assertThat(FieldValues.show("start", "2026-03-10T09:00:00Z", OSLO))
        .isEqualTo("Tue 10 Mar 2026, 10:00");
    assertThat(FieldValues.show("start", "2026-07-10T09:00:00Z", OSLO))
        .as("summer time")
        .isEqualTo("Fri 10 Jul 2026, 11:00");
    assertThat(FieldValues.show("recurrence.modified.0.end", "2026-03-10T09:30:00.5Z", OSLO))
        .isEqualTo("Tue 10 Mar 2026, 10:30");
  }

  @Test
  void aDate_flagsAndEnumNames_readAsWords() {
    assertThat(FieldValues.show("recurrence.firstDate", "2026-03-10", OSLO))
        .isEqualTo("Tue 10 Mar 2026");
    assertThat(FieldValues.show("allDay", "false", OSLO)).isEqualTo("No");
    assertThat(FieldValues.show("private", "true", OSLO)).isEqualTo("Yes");
    assertThat(FieldValues.show("showAs", "OUT_OF_OFFICE", OSLO)).isEqualTo("Out of office");
    assertThat(FieldValues.show("attendees.1.response", "NOT_RESPONDED", OSLO))
        .isEqualTo("Not responded");
    assertThat(FieldValues.show("recurrence.daysOfWeek", "MONDAY, FRIDAY", OSLO))
        .isEqualTo("Monday, Friday");
  }

  @Test
  void otherText_staysAsItIs() {
    assertThat(FieldValues.show("subject", "ASAP: BUDGET", OSLO)).isEqualTo("ASAP: BUDGET");
    assertThat(FieldValues.show("subject", "true", OSLO)).isEqualTo("true");
    assertThat(FieldValues.show("location", "", OSLO)).isEmpty();
    assertThat(FieldValues.show("start", "2026-13-40T99:00:00Z", OSLO))
        .isEqualTo("2026-13-40T99:00:00Z");
  }

  @Test
  void anUnknownZoneName_fallsBackToTheServersZone() {
    assertThat(AdminZone.parse("Europe/Oslo")).isEqualTo(OSLO);
    assertThat(AdminZone.parse("Mars/Olympus")).isEqualTo(ZoneId.systemDefault());
  }
}
