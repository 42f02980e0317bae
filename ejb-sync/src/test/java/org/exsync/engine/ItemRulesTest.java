package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CrmBooking;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.TaskItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Privacy, all-day items over DST, series, bookings and tasks. */
class ItemRulesTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY, ItemKind.TASK);
  }

  @Test
  void privateItems_stayPrivate_bothWays() {
    String crmId = h.crmCreates(Items.asPrivate(meeting("Doctor", TEN)));
    String exchangeId =
        h.exchange.userCreates(
            ItemKind.DIARY, Items.asPrivate(meeting("Dentist", TEN.plusSeconds(7200))));

    h.runTwice();

    assertThat(
            appointment(h.exchange.content(h.exchangeIdOf(ItemKind.DIARY, crmId)).orElseThrow())
                .isPrivate())
        .isTrue();
    assertThat(
            appointment(h.crm.content(h.crmIdOf(ItemKind.DIARY, exchangeId)).orElseThrow())
                .isPrivate())
        .isTrue();
  }

  @Test
  void allDayItemsOverTheOsloDstChanges_keepTheirDates_andDoNotPingPong() {
    ZoneId utc = ZoneId.of("UTC");
    h.crm.storesAs(item -> item instanceof AppointmentItem a && a.allDay() ? inZone(a, utc) : item);
    AppointmentItem easter =
        Items.allDay("Easter trip", LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30));
    AppointmentItem autumn =
        Items.allDay("Autumn break", LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 27));
    String spring = h.exchange.userCreates(ItemKind.DIARY, easter);
    String fall = h.exchange.userCreates(ItemKind.DIARY, autumn);
    String crmOwn =
        h.crmCreates(
            Items.allDay("Midsummer", LocalDate.of(2026, 6, 23), LocalDate.of(2026, 6, 24)));

    h.runTwice();

    assertThat(Duration.between(easter.start(), easter.end()).toHours()).isEqualTo(47);
    assertThat(Duration.between(autumn.start(), autumn.end()).toHours()).isEqualTo(73);
    assertThat(h.exchange.content(spring))
        .as("Exchange's own item is not rewritten")
        .contains(easter);
    assertThat(h.exchange.content(fall)).contains(autumn);
    AppointmentItem inCrm =
        appointment(h.crm.content(h.crmIdOf(ItemKind.DIARY, fall)).orElseThrow());
    assertThat(inCrm.zone()).isEqualTo(utc);
    assertThat(inCrm.startDate()).isEqualTo(LocalDate.of(2026, 10, 24));
    assertThat(inCrm.endDate()).isEqualTo(LocalDate.of(2026, 10, 27));
    AppointmentItem copy =
        appointment(h.exchange.content(h.exchangeIdOf(ItemKind.DIARY, crmOwn)).orElseThrow());
    assertThat(copy.startDate()).isEqualTo(LocalDate.of(2026, 6, 23));
    assertThat(copy.endDate()).isEqualTo(LocalDate.of(2026, 6, 24));
  }

  @Test
  void multiDayTimedItemAcrossTheSpringChange_keepsItsInstants() {
    Instant start = LocalDate.of(2026, 3, 28).atTime(18, 0).atZone(Items.OSLO).toInstant();
    Instant end = LocalDate.of(2026, 3, 30).atTime(9, 0).atZone(Items.OSLO).toInstant();
    String crmId = h.crmCreates(meeting("Conference", start, end));

    h.runTwice();

    AppointmentItem copy =
        appointment(h.exchange.content(h.exchangeIdOf(ItemKind.DIARY, crmId)).orElseThrow());
    assertThat(copy.start()).isEqualTo(start);
    assertThat(copy.end()).isEqualTo(end);
  }

  @Test
  void seriesWithExceptionsAndDeletedOccurrences_syncBothWays() {
    AppointmentItem weekly =
        Items.withRecurrence(meeting("Stand-up", TEN), rule(List.of(), Set.of()));
    String crmId = h.crmCreates(weekly);
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    Occurrence moved =
        new Occurrence(
            LocalDate.of(2026, 3, 17),
            TEN.plusSeconds(7 * 86_400 + 3600),
            TEN.plusSeconds(7 * 86_400 + 7200),
            "Stand-up (late)",
            "");
    AppointmentItem withException =
        Items.withRecurrence(weekly, rule(List.of(moved), Set.of(LocalDate.of(2026, 3, 24))));
    h.exchange.userUpdates(exchangeId, withException);
    h.runTwice();

    Recurrence inCrm = appointment(h.crm.content(crmId).orElseThrow()).recurrence();
    assertThat(inCrm.modified()).containsExactly(moved);
    assertThat(inCrm.deleted()).containsExactly(LocalDate.of(2026, 3, 24));

    AppointmentItem restored =
        Items.withRecurrence(weekly, rule(List.of(), Set.of(LocalDate.of(2026, 3, 31))));
    h.crm.userUpdates(crmId, restored);
    h.runTwice();

    Recurrence inExchange = appointment(h.exchange.content(exchangeId).orElseThrow()).recurrence();
    assertThat(inExchange.modified()).isEmpty();
    assertThat(inExchange.deleted()).containsExactly(LocalDate.of(2026, 3, 31));
  }

  @Test
  void seriesStartedBeforeTheWindow_thatStillRuns_isKeptInStep() {
    AppointmentItem old =
        Items.withRecurrence(
            meeting("Monthly", Instant.parse("2025-06-02T08:00:00Z")),
            new Recurrence(
                Recurrence.Pattern.MONTHLY_BY_DAY_OF_MONTH,
                1,
                Set.of(),
                2,
                null,
                null,
                LocalDate.of(2025, 6, 2),
                null,
                null,
                List.of(),
                new TreeSet<>()));
    h.crmCreates(old);

    h.runTwice();

    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(1);
  }

  @Test
  void bookingOrganizedElsewhere_copyEditedInCrm_isRestored_whenRejecting() {
    AppointmentItem booking = Items.booking("Supplier meeting", TEN, "boss@example.com");
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, booking);
    h.runTwice();
    String crmId = h.crmIdOf(ItemKind.DIARY, exchangeId);

    h.crm.userUpdates(crmId, Items.withSubject(booking, "My own title"));
    h.runTwice();

    assertThat(appointment(h.crm.content(crmId).orElseThrow()).subject())
        .isEqualTo("Supplier meeting");
    assertThat(h.exchange.content(exchangeId)).contains(booking);

    h.crm.userDeletes(crmId);
    h.runTwice();
    assertThat(h.exchange.content(exchangeId)).contains(booking);
    assertThat(h.crm.content(h.crmIdOf(ItemKind.DIARY, exchangeId)).map(i -> i.title()))
        .contains("Supplier meeting");
  }

  @Test
  void bookingOrganizedElsewhere_copyEditedInCrm_isSynced_whenAccepting() {
    h.bookingPolicy = BookingPolicy.ACCEPT;
    AppointmentItem booking = Items.booking("Supplier meeting", TEN, "boss@example.com");
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, booking);
    h.runTwice();
    String crmId = h.crmIdOf(ItemKind.DIARY, exchangeId);

    h.crm.userUpdates(crmId, Items.withSubject(booking, "My own title"));
    h.runTwice();

    assertThat(h.exchange.content(exchangeId).map(i -> i.title())).contains("My own title");
  }

  @Test
  void bookingOrganizer_changesIt_andTheChangeReachesTheCopy() {
    AppointmentItem booking = Items.booking("Supplier meeting", TEN, "boss@example.com");
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, booking);
    h.runTwice();
    String crmId = h.crmIdOf(ItemKind.DIARY, exchangeId);

    h.exchange.userUpdates(exchangeId, Items.withLocation(booking, "Their office"));
    h.crm.userUpdates(crmId, Items.withSubject(booking, "Edited copy"));
    h.runTwice();

    assertThat(h.crm.content(crmId)).contains(Items.withLocation(booking, "Their office"));
    assertThat(h.store.conflicts).isEmpty();
  }

  @Test
  void
      bookingOrganizedInCrm_reachesTheMailbox_andItsCopyEditedInExchange_isRestored_whenRejecting() {
    AppointmentItem booking = Items.crmBooking("Board meeting", TEN, CrmBooking.ORGANIZER);
    String crmId = h.crmCreates(booking);
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
    assertThat(appointment(h.exchange.content(exchangeId).orElseThrow()).subject())
        .isEqualTo("Board meeting");

    h.exchange.userUpdates(
        exchangeId, Items.withSubject(meeting("Board meeting", TEN), "Moved in Outlook"));
    h.runTwice();

    assertThat(appointment(h.exchange.content(exchangeId).orElseThrow()).subject())
        .isEqualTo("Board meeting");
    assertThat(h.crm.content(crmId)).contains(booking);

    h.exchange.userDeletes(exchangeId);
    h.runTwice();
    String restored = h.exchangeIdOf(ItemKind.DIARY, crmId);
    assertThat(h.exchange.content(restored).map(i -> i.title())).contains("Board meeting");
    assertThat(h.crm.content(crmId)).contains(booking);
  }

  @Test
  void bookingOrganizedInCrm_copyEditedInExchange_isSynced_whenAccepting() {
    h.bookingPolicy = BookingPolicy.ACCEPT;
    String crmId = h.crmCreates(Items.crmBooking("Board meeting", TEN, CrmBooking.ORGANIZER));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.exchange.userUpdates(
        exchangeId, Items.withSubject(meeting("Board meeting", TEN), "Moved in Outlook"));
    h.runTwice();

    AppointmentItem inCrm = appointment(h.crm.content(crmId).orElseThrow());
    assertThat(inCrm.subject()).isEqualTo("Moved in Outlook");
    assertThat(inCrm.crmBooking()).isEqualTo(CrmBooking.ORGANIZER);
  }

  @Test
  void bookingOrganizedInCrm_organizerChangesIt_andTheChangeReachesTheCopy() {
    AppointmentItem booking = Items.crmBooking("Board meeting", TEN, CrmBooking.ORGANIZER);
    String crmId = h.crmCreates(booking);
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.crm.userUpdates(crmId, Items.withLocation(booking, "Board room"));
    h.exchange.userUpdates(
        exchangeId, Items.withSubject(meeting("Board meeting", TEN), "Edited copy"));
    h.runTwice();

    AppointmentItem copy = appointment(h.exchange.content(exchangeId).orElseThrow());
    assertThat(copy.subject()).isEqualTo("Board meeting");
    assertThat(copy.location()).isEqualTo("Board room");
    assertThat(h.store.conflicts).isEmpty();
  }

  @Test
  void invitationToAColleaguesCrmBooking_isGovernedFromCrm_too() {
    String crmId =
        h.crmCreates(Items.crmBooking("Colleague's review", TEN, CrmBooking.PARTICIPANT));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.exchange.userUpdates(
        exchangeId, Items.withSubject(meeting("Colleague's review", TEN), "My title"));
    h.runTwice();

    assertThat(h.exchange.content(exchangeId).map(i -> i.title())).contains("Colleague's review");
    assertThat(h.crm.content(crmId).map(i -> i.title())).contains("Colleague's review");
  }

  @Test
  void ownMeetingWithAttendees_isNotABooking_andSyncsBothWays() {
    AppointmentItem own = Items.booking("My meeting", TEN, Harness.MAILBOX);
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, own);
    h.runTwice();
    String crmId = h.crmIdOf(ItemKind.DIARY, exchangeId);

    h.crm.userUpdates(crmId, Items.withSubject(own, "Renamed in CRM"));
    h.runTwice();

    assertThat(h.exchange.content(exchangeId).map(i -> i.title())).contains("Renamed in CRM");
  }

  @Test
  void taskCompletedInExchange_isCompletedInCrm_andReopenedBack() {
    TaskItem offer = Items.task("Send offer", TEN);
    String crmId = h.crmCreates(offer);
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.TASK, crmId);

    h.exchange.userUpdates(exchangeId, Items.completed(offer, TEN.minusSeconds(600)));
    SyncReport done = h.runTwice();

    TaskItem inCrm = (TaskItem) h.crm.content(crmId).orElseThrow();
    assertThat(inCrm.status()).isEqualTo(TaskItem.Status.COMPLETED);
    assertThat(inCrm.percentComplete()).isEqualTo(100);
    assertThat(done.counts(ItemKind.TASK, Side.CRM).updated()).isEqualTo(1);

    h.crm.userUpdates(crmId, offer);
    h.runTwice();
    assertThat(((TaskItem) h.exchange.content(exchangeId).orElseThrow()).status())
        .isEqualTo(TaskItem.Status.NOT_STARTED);
  }

  @Test
  void reminderSuperOfficeCannotHold_isWrittenAsItCan_andExchangesOwnItemIsLeftAsItIs() {
    h.crm.storesAs(item -> item instanceof TaskItem t ? reminderOnTheMinute(t) : item);
    Instant reminder = TEN.minusSeconds(45 * 60 + 20);
    TaskItem call =
        new TaskItem(
            "Call back",
            "",
            null,
            TEN,
            Items.OSLO,
            TaskItem.Status.NOT_STARTED,
            0,
            null,
            null,
            reminder,
            false);
    String exchangeId = h.exchange.userCreates(ItemKind.TASK, call);

    h.runTwice();
    int exchangeWrites = h.exchange.writes();
    SyncReport quiet = h.runTwice();

    TaskItem inCrm = (TaskItem) h.crm.content(h.crmIdOf(ItemKind.TASK, exchangeId)).orElseThrow();
    assertThat(inCrm.reminderAt()).isEqualTo(TEN.minusSeconds(46 * 60));
    assertThat(h.exchange.content(exchangeId))
        .as("Exchange's own item is not rewritten")
        .contains(call);
    assertThat(h.exchange.writes()).isEqualTo(exchangeWrites);
    assertThat(quiet.counts(ItemKind.TASK, Side.CRM).updated()).isZero();
  }

  private static TaskItem reminderOnTheMinute(TaskItem t) {
    if (t.reminderAt() == null || t.due() == null) {
      return t;
    }
    long seconds = t.due().getEpochSecond() - t.reminderAt().getEpochSecond();
    return t.withReminderAt(t.due().minusSeconds(seconds + (60 - seconds % 60) % 60));
  }

  @Test
  void taskWithoutDates_isAlwaysInTheWindow() {
    h.crmCreates(Items.task("Someday", null));

    h.runTwice();

    assertThat(h.exchange.contents(ItemKind.TASK)).hasSize(1);
  }

  private static Recurrence rule(List<Occurrence> modified, Set<LocalDate> deleted) {
    return new Recurrence(
        Recurrence.Pattern.WEEKLY,
        1,
        Set.of(DayOfWeek.TUESDAY),
        0,
        null,
        null,
        LocalDate.of(2026, 3, 10),
        null,
        10,
        modified,
        new TreeSet<>(deleted));
  }

  private static AppointmentItem appointment(Object item) {
    return (AppointmentItem) item;
  }

  private static AppointmentItem inZone(AppointmentItem a, ZoneId zone) {
    return new AppointmentItem(
        a.subject(),
        a.body(),
        a.location(),
        a.startDate().atStartOfDay(zone).toInstant(),
        a.endDate().atStartOfDay(zone).toInstant(),
        zone,
        true,
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence());
  }
}
