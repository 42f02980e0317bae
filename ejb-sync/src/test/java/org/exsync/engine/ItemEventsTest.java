package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.ItemEvent;
import org.exsync.engine.store.ItemEventKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every decision a run takes for an item leaves an entry in that item's history. */
class ItemEventsTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");
  private static final Instant FAR_AWAY = Instant.parse("2028-05-01T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY);
  }

  @Test
  void itemCreatedUpdatedAndDeletedInCrm_isCreatedUpdatedAndDeletedInExchange_inItsHistory() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    assertThat(only(ItemEventKind.CREATED))
        .satisfies(
            e -> {
              assertThat(e.crmId()).isEqualTo(crmId);
              assertThat(e.exchangeId()).isEqualTo(exchangeId);
              assertThat(e.subject()).isEqualTo("Budget");
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail()).isEqualTo("New in SuperOffice; created in Exchange.");
              assertThat(e.at()).isAfterOrEqualTo(Harness.START);
            });
    assertThat(only(ItemEventKind.ECHO_DROPPED).side())
        .as("the creation read back from Exchange")
        .isEqualTo(Side.EXCHANGE);

    h.crm.userUpdates(crmId, Items.withSubject(meeting("Budget", TEN), "Budget 2027"));
    h.runTwice();
    assertThat(only(ItemEventKind.UPDATED))
        .satisfies(
            e -> {
              assertThat(e.subject()).isEqualTo("Budget 2027");
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail()).contains("SuperOffice's version was written to Exchange");
            });

    h.crm.userDeletes(crmId);
    h.runTwice();
    assertThat(only(ItemEventKind.DELETED))
        .satisfies(
            e -> {
              assertThat(e.crmId()).isEqualTo(crmId);
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail()).contains("Deleted in SuperOffice, so deleted in Exchange");
            });
  }

  @Test
  void steadyState_addsNoEvents() {
    h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    int before = h.store.events.size();

    h.runTwice();

    assertThat(h.store.events).hasSize(before);
  }

  @Test
  void newExchangeItemOutsideTheWindow_isNotSynced_andSaysSo() {
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, meeting("Far away", FAR_AWAY));

    h.runTwice();

    assertThat(h.crm.contents(ItemKind.DIARY)).isEmpty();
    assertThat(only(ItemEventKind.OUTSIDE_WINDOW))
        .satisfies(
            e -> {
              assertThat(e.exchangeId()).isEqualTo(exchangeId);
              assertThat(e.crmId()).isNull();
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail()).contains("outside the link's sync window");
            });
  }

  @Test
  void windowMovingOn_doesNotTellAgainOfItemsStillOutsideIt() {
    h.exchange.userCreates(ItemKind.DIARY, meeting("Far away", FAR_AWAY));
    h.runTwice();

    h.window =
        new SyncWindow(
            Harness.WINDOW.from().plus(Duration.ofDays(10)),
            Harness.WINDOW.to().plus(Duration.ofDays(10)));
    h.runTwice();

    assertThat(of(ItemEventKind.OUTSIDE_WINDOW)).hasSize(1);
  }

  @Test
  void itemMovedOutOfTheWindow_isUnlinked_afterItsMoveReachedTheOtherSide() {
    String crmId = h.crmCreates(meeting("Kick-off", TEN));
    h.runTwice();

    h.crm.userUpdates(crmId, meeting("Kick-off", FAR_AWAY));
    h.runTwice();

    assertThat(only(ItemEventKind.UPDATED).side()).isEqualTo(Side.EXCHANGE);
    assertThat(only(ItemEventKind.UNLINKED))
        .satisfies(
            e -> {
              assertThat(e.crmId()).isEqualTo(crmId);
              assertThat(e.side()).isEqualTo(Side.CRM);
              assertThat(e.detail()).contains("Left the sync window or filter in SuperOffice");
            });
  }

  @Test
  void sameItemOnBothSides_isMatched() {
    h.crmCreates(meeting("Review", TEN));
    h.exchange.userCreates(ItemKind.DIARY, meeting("Review", TEN));

    h.runTwice();

    assertThat(only(ItemEventKind.MATCHED).subject()).isEqualTo("Review");
    assertThat(of(ItemEventKind.CREATED)).isEmpty();
  }

  @Test
  void conflict_saysWhichVersionWasKept_andByWhichRule() {
    AppointmentItem budget = meeting("Budget", TEN);
    String crmId = h.crmCreates(budget);
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
    h.crm.userUpdates(crmId, Items.withSubject(budget, "CRM title"));
    h.exchange.userUpdates(exchangeId, Items.withSubject(budget, "Exchange title"));

    h.runTwice();

    assertThat(only(ItemEventKind.CONFLICT))
        .satisfies(
            e -> {
              assertThat(e.crmId()).isEqualTo(crmId);
              assertThat(e.exchangeId()).isEqualTo(exchangeId);
              assertThat(e.side()).isNull();
              assertThat(e.detail())
                  .isEqualTo("Both changed; Exchange version kept (last modified wins).");
            });
    assertThat(of(ItemEventKind.UPDATED)).extracting(ItemEvent::side).containsExactly(Side.CRM);
  }

  @Test
  void editOfABookingsCopy_isRejected_andSaysWhy() {
    AppointmentItem booking = Items.booking("Supplier meeting", TEN, "boss@example.com");
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, booking);
    h.runTwice();
    String crmId = h.crmIdOf(ItemKind.DIARY, exchangeId);

    h.crm.userUpdates(crmId, Items.withSubject(booking, "My own title"));
    h.runTwice();

    assertThat(only(ItemEventKind.BOOKING_EDIT_REJECTED))
        .satisfies(
            e -> {
              assertThat(e.crmId()).isEqualTo(crmId);
              assertThat(e.side()).isEqualTo(Side.CRM);
              assertThat(e.detail()).contains("organized by someone else");
            });
  }

  @Test
  void outlookEditOfACrmBookingsCopy_isRejected_andSaysTheBookingIsSuperOffices() {
    String crmId =
        h.crmCreates(
            Items.crmBooking("Board meeting", TEN, org.exsync.engine.item.CrmBooking.ORGANIZER));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.exchange.userUpdates(exchangeId, meeting("Moved in Outlook", TEN));
    h.runTwice();

    assertThat(only(ItemEventKind.BOOKING_EDIT_REJECTED))
        .satisfies(
            e -> {
              assertThat(e.exchangeId()).isEqualTo(exchangeId);
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail())
                  .isEqualTo(
                      "The meeting is a booking organized in SuperOffice, so only the organizer's"
                          + " side counts: the change to the copy in Exchange was not synced and"
                          + " the copy follows the organizer.");
            });
  }

  @Test
  void runThatWouldDeleteTooMuch_holdsEachDeletion_inTheItemsHistory() {
    List<String> crmIds = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      crmIds.add(h.crmCreates(meeting("Meeting " + i, TEN.plusSeconds(3600L * i))));
    }
    h.runTwice();
    for (int i = 0; i < 3; i++) {
      h.exchange.userDeletes(h.exchangeIdOf(ItemKind.DIARY, crmIds.get(i)));
    }

    h.runTwice();

    assertThat(of(ItemEventKind.MASS_DELETE_HELD))
        .as("held on each of the two runs")
        .hasSize(6)
        .allSatisfy(
            e -> {
              assertThat(e.side()).isEqualTo(Side.CRM);
              assertThat(e.detail()).contains("3 of 10");
            })
        .extracting(ItemEvent::crmId)
        .containsOnly(crmIds.get(0), crmIds.get(1), crmIds.get(2));
    assertThat(of(ItemEventKind.DELETED)).isEmpty();
  }

  @Test
  void throttledItem_waitsForTheNextRun_andThenIsCreated() {
    h.crmCreates(meeting("Fine", TEN));
    String crmId = h.crmCreates(meeting("Too many open", TEN));
    h.exchange.faults.failItems(
        item -> item.title().equals("Too many open"),
        Failure.throttled(Duration.ofSeconds(1), "ErrorTooManyObjectsOpened"));

    h.run();
    h.exchange.faults.clear();
    h.runTwice();

    assertThat(only(ItemEventKind.THROTTLED))
        .satisfies(
            e -> {
              assertThat(e.crmId()).isEqualTo(crmId);
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail()).contains("Exchange asked Exsync to slow down");
            });
    assertThat(of(ItemEventKind.CREATED))
        .extracting(ItemEvent::subject)
        .containsExactlyInAnyOrder("Fine", "Too many open");
  }

  @Test
  void throttledRequest_recordsEachItemItHeldBack() {
    h.crmCreates(meeting("A", TEN));
    h.exchange.faults.failNext(
        "create", Failure.throttled(Duration.ofSeconds(30), "ErrorServerBusy"));

    h.run();

    assertThat(only(ItemEventKind.THROTTLED).subject()).isEqualTo("A");
    assertThat(of(ItemEventKind.CREATED)).isEmpty();
  }

  @Test
  void rejectedItem_failsWithTheReason() {
    h.crmCreates(meeting("Refused", TEN));
    h.exchange.faults.failItems(
        item -> item.title().equals("Refused"), Failure.rejected("Subject not allowed"));

    h.run();

    assertThat(only(ItemEventKind.FAILED))
        .satisfies(
            e -> {
              assertThat(e.subject()).isEqualTo("Refused");
              assertThat(e.side()).isEqualTo(Side.EXCHANGE);
              assertThat(e.detail()).isEqualTo("Writing to Exchange failed: Subject not allowed");
            });
  }

  @Test
  void unreadableExchangeItem_failsWithItsReason() {
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, meeting("Broken", TEN));
    h.exchange.makeUnreadable(exchangeId, Failure.rejected("Corrupt item"));

    h.run();

    assertThat(only(ItemEventKind.FAILED))
        .satisfies(
            e -> {
              assertThat(e.exchangeId()).isEqualTo(exchangeId);
              assertThat(e.detail()).isEqualTo("Could not be read from Exchange: Corrupt item");
            });
  }

  private List<ItemEvent> of(ItemEventKind kind) {
    return h.store.events.stream().filter(e -> e.kind() == kind).toList();
  }

  private ItemEvent only(ItemEventKind kind) {
    List<ItemEvent> events = of(kind);
    assertThat(events).as("events of kind %s in %s", kind, h.store.events).hasSize(1);
    return events.get(0);
  }
}
