package org.exsync.engine.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncReport;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairKey;
import org.exsync.sandbox.data.WorldSizes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A weekly 09:00 meeting planned in New York or Tokyo, held in both systems before the first sync
 * (as after an earlier sync tool), from 2 March to 13 April 2026: it spans New York's clock change
 * (8 March) and Oslo's (29 March), the tenant's base zone; Tokyo has none. SuperOffice stores the
 * rows in Oslo wall time, so they stand an hour apart across those changes, while Exchange holds
 * one master in the planned zone. The series is matched, and neither side is written, in the first
 * run or after.
 */
class SeriesAcrossClockChangesTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
  private static final int WEEKS = 7;

  private Sandboxes sandboxes;

  @AfterEach
  void close() {
    if (sandboxes != null) {
      sandboxes.close();
    }
  }

  /** The second column is the sandbox's SuperOffice time zone location of the zone. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"America/New_York, 4", "Asia/Tokyo, 5"})
  void seriesInBothSystems_isMatched_andNeitherSideIsWritten_inTheFirstRunOrAfter(
      String zoneId, int location) {
    ZoneId zone = ZoneId.of(zoneId);

    EndState once = scenario(zone, location);
    EndState again = scenario(zone, location);

    assertThat(once.mappings()).isEqualTo(1);
    assertThat(once.crm().zone()).isEqualTo(zone);
    assertThat(once.crm().recurrence().modified()).isEmpty();
    assertThat(once.crm().contentHash()).isEqualTo(once.exchange().contentHash());
    assertThat(again).isEqualTo(once);
  }

  private EndState scenario(ZoneId zone, int location) {
    if (sandboxes != null) {
      sandboxes.close();
    }
    sandboxes = new Sandboxes(new WorldSizes(1, 0, 0, 0));
    AppointmentItem series = weekly(zone);
    done(done(sandboxes.mailbox.create(folder(), List.of(series))).get(0));
    sandboxes.superOfficeUserSends("POST", "Appointment", superOfficeSeries(series, location));
    Map<Instant, String> rowsBefore = crmRows();

    SyncReport first = sandboxes.run(Set.of(ItemKind.DIARY));
    SyncReport second = sandboxes.run(Set.of(ItemKind.DIARY));

    assertThat(first.counts(Side.CRM)).as(first.toString()).isEqualTo(SideCounts.NONE);
    assertThat(first.counts(Side.EXCHANGE)).as(first.toString()).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.CRM)).as(second.toString()).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.EXCHANGE)).as(second.toString()).isEqualTo(SideCounts.NONE);
    assertThat(crmRows()).isEqualTo(rowsBefore);
    List<MappingRecord> mappings = sandboxes.store.mappings(PairKey.of(1, ItemKind.DIARY));
    MappingRecord pair = mappings.get(0);
    AppointmentItem crm =
        (AppointmentItem)
            done(done(sandboxes.crm.read(ItemKind.DIARY, List.of(pair.crmId()))).get(0)).content();
    AppointmentItem exchange =
        (AppointmentItem)
            done(done(sandboxes.mailbox.read(folder(), List.of(pair.exchangeId()))).get(0))
                .content();
    return new EndState(mappings.size(), crm, exchange);
  }

  /** What both sides hold at the end, and how many pairs Exsync keeps. */
  private record EndState(int mappings, AppointmentItem crm, AppointmentItem exchange) {}

  private static AppointmentItem weekly(ZoneId zone) {
    Instant start = FIRST.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    return new AppointmentItem(
        "Standup",
        "",
        "",
        start,
        start.plusSeconds(1800),
        zone,
        false,
        ShowAs.BUSY,
        false,
        null,
        List.of(),
        "",
        List.of(),
        new Recurrence(
            Recurrence.Pattern.WEEKLY,
            1,
            Set.of(DayOfWeek.MONDAY),
            0,
            null,
            null,
            FIRST,
            null,
            WEEKS,
            List.of(),
            null));
  }

  /** The series as a SuperOffice client saves it: base wall times, its zone as its location. */
  private static String superOfficeSeries(AppointmentItem series, int location) {
    return "{\"Title\": \""
        + series.subject()
        + "\", \"StartDate\": \""
        + LocalDateTime.ofInstant(series.start(), OSLO)
        + ":00\", \"EndDate\": \""
        + LocalDateTime.ofInstant(series.end(), OSLO)
        + ":00\", \"PreferredTZLocation\": "
        + location
        + ", \"Recurrence\": {\"IsRecurrence\": true, \"Pattern\": \"Weekly\", \"WeekPattern\":"
        + " {\"Cycle\": 1, \"Weekdays\": \"Monday\"}, \"RecurrenceEndType\": \"Counter\","
        + " \"RecurrenceCounter\": "
        + WEEKS
        + ", \"StartDate\": \""
        + FIRST
        + "T00:00:00\"}}";
  }

  /** The series' rows in SuperOffice: start and change time, to see nothing was written. */
  private Map<Instant, String> crmRows() {
    return sandboxes.superOffice.store().appointments().all().stream()
        .filter(a -> a.recurrence() != null)
        .collect(Collectors.toMap(a -> a.start(), a -> a.stamp().updated().toString()));
  }

  private FolderRef folder() {
    return done(sandboxes.mailbox.defaultFolder(ItemKind.DIARY));
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).as("outcome").isEmpty();
    return outcome.value();
  }
}
