package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.OSLO;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeriesLifecycleTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final int owner = so.user(2).associateId();
  private final CrmScope diary = CrmScope.diary(owner, YEAR);

  @AfterEach
  void close() {
    so.close();
  }

  /** Weekly on Tuesdays at 09:00 Oslo for six weeks, across the switch to summer time. */
  private static AppointmentItem standUp(
      List<Occurrence> modified, Set<LocalDate> deleted, Integer count) {
    LocalDate first = LocalDate.of(2026, 3, 17);
    Recurrence rule =
        new Recurrence(
            Recurrence.Pattern.WEEKLY,
            1,
            Set.of(DayOfWeek.TUESDAY),
            0,
            null,
            null,
            first,
            count == null ? LocalDate.of(2026, 4, 21) : null,
            count,
            modified,
            new java.util.TreeSet<>(deleted));
    return new AppointmentItem(
        "Stand-up",
        "Hva skjer denne uka?",
        "Teams",
        first.atTime(9, 0).atZone(OSLO).toInstant(),
        first.atTime(9, 15).atZone(OSLO).toInstant(),
        OSLO,
        false,
        ShowAs.BUSY,
        false,
        10,
        List.of(),
        "",
        List.of(),
        rule);
  }

  private static Occurrence movedTo(LocalDate original, LocalDateTime start, String subject) {
    return new Occurrence(
        original,
        start.atZone(OSLO).toInstant(),
        start.plusMinutes(15).atZone(OSLO).toInstant(),
        subject,
        "Teams");
  }

  private List<Appointment> rows(String seriesId) {
    int rule = Integer.parseInt(seriesId.substring("recurrence-".length()));
    return so.simulator.store().appointments().all().stream()
        .filter(a -> a.recurrenceRuleId() == rule)
        .toList();
  }

  @Test
  void seriesWithACancelledAndAMovedOccurrence_isStoredAsARowPerOccurrence_andReadsBackTheSame() {
    AppointmentItem series =
        standUp(
            List.of(
                movedTo(
                    LocalDate.of(2026, 3, 31),
                    LocalDateTime.of(2026, 4, 1, 13, 0),
                    "Stand-up (onsdag)"),
                movedTo(
                    LocalDate.of(2026, 4, 7), LocalDateTime.of(2026, 4, 7, 10, 30), "Stand-up")),
            Set.of(LocalDate.of(2026, 4, 14)),
            6);

    WriteReceipt receipt = done(done(so.gateway.create(diary, List.of(series))).get(0));
    SourceItem read = done(done(so.gateway.read(ItemKind.DIARY, List.of(receipt.id()))).get(0));

    assertThat(receipt.id()).startsWith("recurrence-");
    assertThat(rows(receipt.id())).hasSize(5);
    AppointmentItem back = (AppointmentItem) read.content();
    assertThat(back.recurrence().deleted()).containsExactly(LocalDate.of(2026, 4, 14));
    assertThat(back.recurrence().modified())
        .extracting(Occurrence::originalDate)
        .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 7));
    assertThat(read.contentHash()).isEqualTo(series.contentHash());
    assertThat(done(so.gateway.changes(diary, null)).changed())
        .extracting(SourceItem::id)
        .contains(receipt.id());
  }

  @Test
  void seriesEndingOnADate_updatedUnderTheSameRule_keepsItsIdAndChangesEveryRow() {
    WriteReceipt created =
        done(done(so.gateway.create(diary, List.of(standUp(List.of(), Set.of(), null)))).get(0));
    so.tick();
    AppointmentItem cancelledOne = standUp(List.of(), Set.of(LocalDate.of(2026, 3, 24)), null);

    WriteReceipt updated =
        done(
            done(so.gateway.update(
                    ItemKind.DIARY,
                    List.of(new ItemUpdate(created.id(), created.version(), cancelledOne))))
                .get(0));
    SourceItem read = done(done(so.gateway.read(ItemKind.DIARY, List.of(updated.id()))).get(0));

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(rows(created.id())).hasSize(5);
    assertThat(read.contentHash()).isEqualTo(cancelledOne.contentHash());
  }

  @Test
  void seriesUpdatedInItsScope_isListedOnce_andItsVersionIsWhatItsRowsAreListedAtAfterwards() {
    WriteReceipt created =
        done(done(so.gateway.create(diary, List.of(standUp(List.of(), Set.of(), 6)))).get(0));
    so.tick();
    AppointmentItem cancelledOne = standUp(List.of(), Set.of(LocalDate.of(2026, 3, 24)), 6);
    long before = so.requests();

    WriteReceipt updated =
        done(
            done(so.gateway.update(
                    diary, List.of(new ItemUpdate(created.id(), created.version(), cancelledOne))))
                .get(0));
    long sent = so.requests() - before;
    SourceItem read = done(done(so.gateway.read(ItemKind.DIARY, List.of(updated.id()))).get(0));

    assertThat(sent)
        .as("the rows' list, the first row's entity, a DELETE and five PUTs")
        .isEqualTo(1 + 1 + 1 + 5);
    assertThat(SyncedVersions.instant(updated.version()))
        .isEqualTo(SyncedVersions.instant(read.version()));
    assertThat(updated.lastModified()).isEqualTo(read.lastModified());
    assertThat(read.contentHash()).isEqualTo(cancelledOne.contentHash());
  }

  @Test
  void seriesUpdatedToAnotherRule_isMadeAnewUnderANewId_andTheOldRowsAreGone() {
    WriteReceipt created =
        done(done(so.gateway.create(diary, List.of(standUp(List.of(), Set.of(), 6)))).get(0));
    AppointmentItem longer = standUp(List.of(), Set.of(), 8);

    WriteReceipt updated =
        done(
            done(so.gateway.update(
                    ItemKind.DIARY,
                    List.of(new ItemUpdate(created.id(), created.version(), longer))))
                .get(0));

    assertThat(updated.id()).isNotEqualTo(created.id());
    assertThat(rows(created.id())).isEmpty();
    assertThat(rows(updated.id())).hasSize(8);
  }

  @Test
  void deletedSeries_losesAllItsRows_andAStaleVersionIsAConflict() {
    WriteReceipt created =
        done(done(so.gateway.create(diary, List.of(standUp(List.of(), Set.of(), 4)))).get(0));
    so.tick();
    so.simulator.changeAppointment(
        rows(created.id()).get(2).id(), owner, a -> a.withTitle("Flyttet"));

    var stale =
        done(so.gateway.delete(
                ItemKind.DIARY, List.of(new ItemRef(created.id(), created.version()))))
            .get(0);
    var forced =
        done(so.gateway.delete(ItemKind.DIARY, List.of(new ItemRef(created.id(), null)))).get(0);

    assertThat(stale.failure().orElseThrow().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(forced.value()).isEqualTo(created.id());
    assertThat(rows(created.id())).isEmpty();
  }

  @Test
  void seededSeries_showTheirCancelledAndRetitledOccurrencesAsExceptions() {
    List<AppointmentItem> seeded =
        so.world.users().stream()
            .flatMap(
                u ->
                    done(so.gateway.changes(CrmScope.diary(u.associateId(), YEAR), null))
                        .changed()
                        .stream())
            .filter(s -> s.id().startsWith("recurrence-"))
            .map(s -> (AppointmentItem) s.content())
            .toList();

    assertThat(seeded).isNotEmpty();
    assertThat(seeded).anyMatch(a -> !a.recurrence().deleted().isEmpty());
    assertThat(seeded)
        .anyMatch(
            a ->
                a.recurrence().modified().stream()
                    .anyMatch(o -> o.subject().startsWith("Flyttet")));
  }
}
