package org.exsync.application.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    assertThat(subject.key()).isEqualTo("subject");
    assertThat(rows).extracting(FieldRow::field).contains("Location", "Starts", "Show as");
  }

  @Test
  void aListOfPlainValues_isOneField_withItsValuesJoined() {
    Map<String, String> fields =
        ConflictFields.joined(
            ItemSnapshots.fields(ItemSnapshots.write(meeting("Review", "Room 7"))));
    assertThat(fields).containsEntry("categories", "").doesNotContainKey("categories.count");

    Map<String, String> two = new LinkedHashMap<>();
    two.put("subject", "Review");
    two.put("categories.count", "2");
    two.put("categories.0", "Red");
    two.put("categories.1", "Blue");
    two.put("attendees.count", "1");
    two.put("attendees.0.email", "kari@northwind.example");
    assertThat(ConflictFields.joined(two))
        .containsExactly(
            Map.entry("subject", "Review"),
            Map.entry("categories", "Red, Blue"),
            Map.entry("attendees.count", "1"),
            Map.entry("attendees.0.email", "kari@northwind.example"));
  }

  @Test
  void labels_putKeysInPlainWords() {
    assertThat(FieldLabels.of("start")).isEqualTo("Starts");
    assertThat(FieldLabels.of("allDay")).isEqualTo("All day");
    assertThat(FieldLabels.of("attendees.0.email")).isEqualTo("Attendee 1: e-mail address");
    assertThat(FieldLabels.of("recurrence.daysOfWeek")).isEqualTo("Repeats on");
    assertThat(FieldLabels.of("recurrence.modified.1.start"))
        .isEqualTo("Changed occurrence 2: starts");
    assertThat(FieldLabels.of("phone.MOBILE")).isEqualTo("Phone (mobile)");
    assertThat(FieldLabels.of("address.HOME.postalCode")).isEqualTo("Address (home): postal code");
    assertThat(FieldLabels.of("recurrence.weekStart")).isEqualTo("Recurrence week start");
  }
}
