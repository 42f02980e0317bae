package org.exsync.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.engine.Items;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.PostalAddress;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.store.ConflictOutcome;
import org.junit.jupiter.api.Test;

class ConflictResolverTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");
  private static final AppointmentItem BASE = Items.meeting("Budget", TEN);

  @Test
  void sameTimeOfChange_goesToSuperOffice() {
    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.LAST_MODIFIED_WINS,
            BASE,
            crm(Items.withSubject(BASE, "A"), TEN),
            exchange(Items.withSubject(BASE, "B"), TEN));

    assertThat(r.outcome()).isEqualTo(ConflictOutcome.CRM_KEPT);
    assertThat(r.toExchange().title()).isEqualTo("A");
    assertThat(r.toCrm()).isNull();
  }

  @Test
  void overlappingFields_areNotMerged_thePolicyDecides() {
    AppointmentItem crmSide = Items.withLocation(Items.withSubject(BASE, "A"), "Room 1");
    AppointmentItem exchangeSide = Items.withSubject(BASE, "B");

    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.EXCHANGE_WINS, BASE, crm(crmSide, TEN), exchange(exchangeSide, TEN));

    assertThat(r.outcome()).isEqualTo(ConflictOutcome.EXCHANGE_KEPT);
    assertThat(r.toCrm()).isEqualTo(exchangeSide);
  }

  @Test
  void itemsThatDifferOnlyInWhatExchangeAloneHolds_areTheSame_andNothingIsWritten() {
    ContactItem inCrm = Items.contact("Kari", "Müller", "kari@bolgen.example");
    ContactItem inExchange =
        Items.withAddress(inCrm, new PostalAddress("Storgata 96", "3334", "Oslo", "", "Norge"));
    ContactItem moved = Items.withJobTitle(inCrm, "CFO");

    Resolution same =
        ConflictResolver.resolve(
            ConflictPolicy.EXCHANGE_WINS, null, crm(inCrm, TEN), exchange(inExchange, TEN));
    Resolution differs =
        ConflictResolver.resolve(
            ConflictPolicy.EXCHANGE_WINS, null, crm(moved, TEN), exchange(inExchange, TEN));

    assertThat(same).isEqualTo(Resolution.SAME);
    assertThat(differs.outcome()).isEqualTo(ConflictOutcome.EXCHANGE_KEPT);
    assertThat(differs.toCrm()).isEqualTo(inExchange);
  }

  @Test
  void aReminderSuperOfficeCanOnlyHoldAtTheStart_isTheSame_andExchangeKeepsItsOwn() {
    Instant start = TEN;
    Instant due = TEN.plus(java.time.Duration.ofDays(3));
    TaskItem inExchange =
        new TaskItem(
            "Tilbud",
            "",
            start,
            due,
            java.time.ZoneOffset.UTC,
            TaskItem.Status.IN_PROGRESS,
            50,
            null,
            TaskItem.Priority.HIGH,
            due.minusSeconds(3600),
            false);
    TaskItem inCrm =
        new TaskItem(
            "Tilbud",
            "",
            start,
            due,
            java.time.ZoneOffset.UTC,
            TaskItem.Status.IN_PROGRESS,
            0,
            null,
            TaskItem.Priority.NORMAL,
            start,
            false);
    UnaryOperator<CanonicalItem> alarmAtTheStartAtTheLatest =
        item -> {
          TaskItem task = (TaskItem) item;
          return task.reminderAt().isAfter(task.start()) ? task.withReminderAt(task.start()) : task;
        };

    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.LAST_MODIFIED_WINS,
            null,
            crm(inCrm, TEN.plusSeconds(60)),
            exchange(inExchange, TEN),
            alarmAtTheStartAtTheLatest);
    Resolution movedInCrm =
        ConflictResolver.resolve(
            ConflictPolicy.LAST_MODIFIED_WINS,
            null,
            crm(inCrm.withReminderAt(start.minusSeconds(600)), TEN.plusSeconds(60)),
            exchange(inExchange, TEN),
            alarmAtTheStartAtTheLatest);

    assertThat(r).isEqualTo(Resolution.SAME);
    assertThat(movedInCrm.outcome()).isEqualTo(ConflictOutcome.CRM_KEPT);
    assertThat(((TaskItem) movedInCrm.toExchange()).reminderAt())
        .isEqualTo(start.minusSeconds(600));
  }

  @Test
  void withoutASnapshot_thereIsNoMerge() {
    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.CRM_WINS,
            null,
            crm(Items.withSubject(BASE, "A"), TEN),
            exchange(Items.withLocation(BASE, "Room 2"), TEN));

    assertThat(r.outcome()).isEqualTo(ConflictOutcome.CRM_KEPT);
  }

  @Test
  void movingAnAppointment_isOneFieldGroup_startAndEndTogether() {
    AppointmentItem moved = Items.moved(BASE, TEN.plusSeconds(3600), TEN.plusSeconds(7200));
    AppointmentItem stretched = Items.moved(BASE, TEN, TEN.plusSeconds(5400));

    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.LAST_MODIFIED_WINS,
            BASE,
            crm(moved, TEN),
            exchange(stretched, TEN.plusSeconds(1)));

    assertThat(r.outcome()).isEqualTo(ConflictOutcome.EXCHANGE_KEPT);
  }

  @Test
  void crmWinning_keepsWhatOnlyExchangeHolds() {
    AppointmentItem exchangeSide =
        new AppointmentItem(
            "Budget",
            "",
            "",
            TEN,
            TEN.plusSeconds(3600),
            Items.OSLO,
            false,
            org.exsync.engine.item.ShowAs.TENTATIVE,
            false,
            null,
            List.of("Blue"),
            "",
            List.of(),
            null);

    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.CRM_WINS,
            null,
            crm(Items.withSubject(BASE, "CRM"), TEN),
            exchange(Items.withLocation(exchangeSide, "x"), TEN));

    AppointmentItem written = (AppointmentItem) r.toExchange();
    assertThat(written.subject()).isEqualTo("CRM");
    assertThat(written.location()).isEmpty();
    assertThat(written.categories()).containsExactly("Blue");
    assertThat(written.showAs())
        .as("busy in both, so Exchange's finer state stays")
        .isEqualTo(org.exsync.engine.item.ShowAs.TENTATIVE);
  }

  @Test
  void taskProgressAndDue_changedOnDifferentSides_areMerged() {
    TaskItem base = Items.task("Offer", TEN);
    TaskItem done = Items.completed(base, TEN);
    TaskItem later = Items.task("Offer", TEN.plusSeconds(86_400));

    Resolution r =
        ConflictResolver.resolve(
            ConflictPolicy.LAST_MODIFIED_WINS, base, crm(done, TEN), exchange(later, TEN));

    assertThat(r.outcome()).isEqualTo(ConflictOutcome.MERGED);
    TaskItem merged = (TaskItem) r.toCrm();
    assertThat(merged.status()).isEqualTo(TaskItem.Status.COMPLETED);
    assertThat(merged.due()).isEqualTo(TEN.plusSeconds(86_400));
  }

  private static SourceItem crm(org.exsync.engine.item.CanonicalItem item, Instant at) {
    return new SourceItem("101", at.toString(), at, item);
  }

  private static SourceItem exchange(org.exsync.engine.item.CanonicalItem item, Instant at) {
    return new SourceItem("AAMk-1", "ck-1", at, item);
  }
}
