package org.exsync.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.engine.Items;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.CrmBooking;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.PostalAddress;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.TaskItem;
import org.junit.jupiter.api.Test;

class ItemSnapshotsTest {

  private static final Instant NINE = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void appointmentWithSeriesAttendeesAndAwkwardText_readsBackEqual() {
    AppointmentItem item =
        Items.withRecurrence(
            Items.withBody(
                Items.booking("Plan = review \\ line", NINE, "boss@example.com"),
                "first line\nsecond = line\\n not a break"),
            new Recurrence(
                Recurrence.Pattern.WEEKLY,
                1,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                0,
                null,
                null,
                LocalDate.of(2026, 3, 2),
                null,
                10,
                List.of(
                    new Occurrence(
                        LocalDate.of(2026, 3, 5),
                        NINE.plusSeconds(4 * 86_400),
                        NINE.plusSeconds(4 * 86_400 + 1800),
                        "moved",
                        "Room 2")),
                new TreeSet<>(Set.of(LocalDate.of(2026, 3, 9)))));

    assertRoundTrip(item);
  }

  @Test
  void superOfficeBooking_readsBackAsOne_soTheRuleKnowsItWhenSuperOfficeReportsNothing() {
    for (CrmBooking booking : CrmBooking.values()) {
      assertRoundTrip(Items.crmBooking("Board meeting", NINE, booking));
    }
  }

  @Test
  void allDayPrivateAppointment_readsBackEqual() {
    assertRoundTrip(
        Items.asPrivate(Items.allDay("Off", LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 31))));
  }

  @Test
  void taskAndContact_readBackEqual() {
    TaskItem task = Items.completed(Items.task("Call back", NINE), NINE.minusSeconds(60));
    ContactItem contact =
        Items.withAddress(
            Items.withPhone(Items.contact("Kari", "Nordmann", "kari@acme.example"), "+47 1"),
            new PostalAddress("Gate 1\nBakgård", "0150", "Oslo", "", "NO"));

    assertRoundTrip(task);
    assertRoundTrip(contact);
  }

  @Test
  void sameItem_sameText_soSnapshotsCompareAsStrings() {
    CanonicalItem one = Items.meeting("Weekly", NINE);
    CanonicalItem two = Items.meeting("Weekly", NINE);

    assertThat(ItemSnapshots.write(one))
        .isEqualTo(ItemSnapshots.write(two))
        .startsWith("appointment v1\n");
  }

  @Test
  void textOfAnotherVersion_isRefused_andTryReadIsEmpty() {
    assertThatThrownBy(() -> ItemSnapshots.read("appointment v9\nsubject=x\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v9");
    assertThat(ItemSnapshots.tryRead("garbage")).isEmpty();
  }

  private static void assertRoundTrip(CanonicalItem item) {
    String text = ItemSnapshots.write(item);
    CanonicalItem back = ItemSnapshots.read(text);
    assertThat(back).isEqualTo(item);
    assertThat(back.contentHash()).isEqualTo(item.contentHash());
    assertThat(ItemSnapshots.write(back)).isEqualTo(text);
  }
}
