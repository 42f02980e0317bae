package org.exsync.application.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.junit.jupiter.api.Test;

class ConflictFieldsTest {

  private static AppointmentItem meeting(String subject, String location) {
    Instant start = Instant.parse("2026-03-10T10:00:00Z");
    return new AppointmentItem(
        subject,
        "",
        location,
        start,
        start.plusSeconds(3600),
        ZoneOffset.UTC,
        false,
        ShowAs.BUSY,
        false,
        null,
        List.of(),
        "",
        List.of(),
        null);
  }

  @Test
  void compare_marksOnlyTheFieldsTheVersionsDisagreeOn_andShowsWhatWasKept() {
    String crm = ItemSnapshots.write(meeting("CRM title", "Room 7"));
    String exchange = ItemSnapshots.write(meeting("Exchange title", "Room 7"));

    List<FieldRow> rows = ConflictFields.compare(crm, exchange, exchange);

    assertThat(rows)
        .filteredOn(FieldRow::differs)
        .extracting(FieldRow::field)
        .containsExactly("Subject");
    FieldRow subject =
        rows.stream().filter(r -> r.field().equals("Subject")).findFirst().orElseThrow();
    assertThat(subject.crm()).isEqualTo("CRM title");
    assertThat(subject.exchange()).isEqualTo("Exchange title");
    assertThat(subject.kept()).isEqualTo("Exchange title");
    assertThat(rows).extracting(FieldRow::field).contains("Location", "Start", "Show as");
  }

  @Test
  void label_putsKeysInWords() {
    assertThat(ConflictFields.label("attendees.0.email")).isEqualTo("Attendees 1 email");
    assertThat(ConflictFields.label("recurrence.daysOfWeek")).isEqualTo("Recurrence days of week");
  }
}
