package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.enumeration.property.Sensitivity;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeek;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.service.calendar.AppointmentType;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence;
import microsoft.exchange.webservices.data.search.CalendarView;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.search.ItemView;
import org.junit.jupiter.api.Test;

class CalendarLifecycleTest extends SchemaCheckedTest {

  private final ExchangeService service = fixture.as(fixture.user(0));

  private static Date at(int day, int hour) {
    return Date.from(ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  private Appointment created(String subject, int day) throws Exception {
    Appointment appointment = new Appointment(service);
    appointment.setSubject(subject);
    appointment.setBody(MessageBody.getMessageBodyFromText("Agenda: " + subject));
    appointment.setStart(at(day, 9));
    appointment.setEnd(at(day, 10));
    appointment.setLocation("Room 4");
    appointment.setLegacyFreeBusyStatus(LegacyFreeBusyStatus.Tentative);
    appointment.setSensitivity(Sensitivity.Private);
    appointment.save(WellKnownFolderName.Calendar, SendInvitationsMode.SendToNone);
    return appointment;
  }

  @Test
  void meetingSomeoneElseOrganizes_showsItsOrganizerAndAttendees_andTheOwnersAcceptance()
      throws Exception {
    OutlookUser outlook = fixture.simulator.outlook(fixture.user(0).email()).orElseThrow();
    String id =
        outlook.createAppointment(
            "Supplier meeting",
            at(12, 9).toInstant(),
            at(12, 10).toInstant(),
            false,
            "W. Europe Standard Time");
    outlook.invitedBy(id, "boss@supplier.example", "The Boss");

    Appointment bound = Appointment.bind(service, new ItemId(id));
    Appointment own = Appointment.bind(service, created("My own meeting", 13).getId());

    assertThat(bound.getOrganizer().getAddress()).isEqualTo("boss@supplier.example");
    assertThat(bound.getRequiredAttendees().getItems())
        .extracting(a -> a.getAddress())
        .containsExactly("boss@supplier.example", fixture.user(0).email());
    assertThat(bound.getIsMeeting()).isTrue();
    assertThat(bound.getMyResponseType())
        .isEqualTo(
            microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType
                .Accept);
    assertThat(own.getOrganizer().getAddress()).isEqualTo(fixture.user(0).email());
    assertThat(own.getMyResponseType())
        .isEqualTo(
            microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType
                .Organizer);
  }

  @Test
  void createdAppointment_bindsWithEveryPropertyItWasGiven() throws Exception {
    ItemId id = created("Budget review", 10).getId();

    Appointment bound = Appointment.bind(service, id);

    assertThat(bound.getSubject()).isEqualTo("Budget review");
    assertThat(MessageBody.getStringFromMessageBody(bound.getBody()))
        .isEqualTo("Agenda: Budget review");
    assertThat(bound.getStart()).isEqualTo(at(10, 9));
    assertThat(bound.getEnd()).isEqualTo(at(10, 10));
    assertThat(bound.getLocation()).isEqualTo("Room 4");
    assertThat(bound.getLegacyFreeBusyStatus()).isEqualTo(LegacyFreeBusyStatus.Tentative);
    assertThat(bound.getSensitivity()).isEqualTo(Sensitivity.Private);
    assertThat(bound.getAppointmentType()).isEqualTo(AppointmentType.Single);
    assertThat(bound.getOrganizer().getAddress()).isEqualTo(fixture.user(0).email());
  }

  @Test
  void getItemBatch_failsOnlyTheUnknownId() throws Exception {
    ItemId first = created("One", 11).getId();
    ItemId second = created("Two", 12).getId();
    Appointment gone = created("Gone", 13);
    ItemId goneId = gone.getId();
    gone.delete(DeleteMode.HardDelete, SendCancellationsMode.SendToNone);

    ServiceResponseCollection<GetItemResponse> responses =
        service.bindToItems(
            List.of(first, goneId, second), new PropertySet(BasePropertySet.FirstClassProperties));

    assertThat(responses.getCount()).isEqualTo(3);
    assertThat(responses.getResponseAtIndex(0).getResult()).isEqualTo(ServiceResult.Success);
    assertThat(responses.getResponseAtIndex(1).getErrorCode())
        .isEqualTo(ServiceError.ErrorItemNotFound);
    assertThat(responses.getResponseAtIndex(2).getItem().getSubject()).isEqualTo("Two");
  }

  @Test
  void update_givesANewChangeKey_andAStaleOneIsAnIrresolvableConflict() throws Exception {
    Appointment appointment = created("Planning", 14);
    Appointment stale = Appointment.bind(service, appointment.getId());
    String before = stale.getId().getChangeKey();

    Appointment fresh = Appointment.bind(service, appointment.getId());
    fresh.setSubject("Planning (moved)");
    fresh.update(ConflictResolutionMode.AutoResolve, SendInvitationsOrCancellationsMode.SendToNone);
    Appointment after = Appointment.bind(service, appointment.getId());

    assertThat(after.getSubject()).isEqualTo("Planning (moved)");
    assertThat(after.getId().getChangeKey()).isNotEqualTo(before);
    assertThat(after.getLastModifiedTime()).isAfterOrEqualTo(stale.getLastModifiedTime());
    stale.setSubject("Planning (stale edit)");
    assertThatThrownBy(
            () ->
                stale.update(
                    ConflictResolutionMode.AutoResolve,
                    SendInvitationsOrCancellationsMode.SendToNone))
        .isInstanceOf(ServiceResponseException.class)
        .satisfies(
            e ->
                assertThat(((ServiceResponseException) e).getErrorCode())
                    .isEqualTo(ServiceError.ErrorIrresolvableConflict));
    stale.update(
        ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);
    assertThat(Appointment.bind(service, appointment.getId()).getSubject())
        .isEqualTo("Planning (stale edit)");
  }

  @Test
  void recurringSeries_expandsInCalendarView_withItsExceptionAndWithoutItsDeletedOccurrence()
      throws Exception {
    Appointment series = new Appointment(service);
    series.setSubject("Stand-up");
    series.setStart(at(2, 8));
    series.setEnd(at(2, 9));
    Recurrence.WeeklyPattern weekly =
        new Recurrence.WeeklyPattern(at(2, 0), 1, DayOfTheWeek.Monday, DayOfTheWeek.Thursday);
    weekly.setNumberOfOccurrences(6);
    series.setRecurrence(weekly);
    series.save(WellKnownFolderName.Calendar, SendInvitationsMode.SendToNone);

    Appointment second = Appointment.bindToOccurrence(service, series.getId(), 2);
    second.setSubject("Stand-up (retro)");
    second.update(
        ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);
    Appointment.bindToOccurrence(service, series.getId(), 3)
        .delete(DeleteMode.HardDelete, SendCancellationsMode.SendToNone);

    FindItemsResults<Appointment> view =
        service.findAppointments(
            WellKnownFolderName.Calendar, new CalendarView(at(1, 0), at(31, 0), 100));
    List<Appointment> standUps = new ArrayList<>();
    for (Appointment a : view.getItems()) {
      if (a.getSubject().startsWith("Stand-up")) {
        standUps.add(a);
      }
    }
    assertThat(standUps).hasSize(5);
    assertThat(standUps)
        .extracting(Appointment::getAppointmentType)
        .containsOnly(AppointmentType.Occurrence, AppointmentType.Exception);
    assertThat(standUps.get(1).getSubject()).isEqualTo("Stand-up (retro)");
    assertThat(standUps.get(1).getStart()).isEqualTo(at(5, 8));
    assertThat(standUps.get(2).getStart()).isEqualTo(at(12, 8));

    Appointment master = Appointment.bind(service, series.getId());
    assertThat(master.getAppointmentType()).isEqualTo(AppointmentType.RecurringMaster);
    assertThat(master.getModifiedOccurrences().getCount()).isEqualTo(1);
    assertThat(master.getDeletedOccurrences().getCount()).isEqualTo(1);
    assertThat(master.getDeletedOccurrences().getPropertyAtIndex(0).getOriginalStart())
        .isEqualTo(at(9, 8));
  }

  @Test
  void calendarView_respectsMaxEntriesReturned() throws Exception {
    FindItemsResults<Appointment> all =
        service.findAppointments(
            WellKnownFolderName.Calendar,
            new CalendarView(at(1, 0), Date.from(Instant.parse("2026-06-01T00:00:00Z")), 3));

    assertThat(all.getItems()).hasSize(3);
    assertThat(all.isMoreAvailable()).isTrue();
  }

  @Test
  void seededSeries_carryTheirCancelledAndRetitledDatesAsDeletedAndModifiedOccurrences()
      throws Exception {
    int cancelled = 0;
    int retitled = 0;
    for (var appointment : fixture.world.itemsOf(fixture.user(0)).appointments()) {
      if (appointment.recurrence() != null) {
        cancelled += appointment.recurrence().cancelled().size();
        retitled += appointment.recurrence().retitled().size();
      }
    }
    int deleted = 0;
    int modified = 0;
    int masters = 0;
    ItemView page = new ItemView(1000);
    for (Item item : service.findItems(WellKnownFolderName.Calendar, page).getItems()) {
      Appointment found = (Appointment) item;
      if (found.getAppointmentType() == AppointmentType.RecurringMaster) {
        masters++;
        Appointment master = Appointment.bind(service, found.getId());
        deleted +=
            master.getDeletedOccurrences() == null ? 0 : master.getDeletedOccurrences().getCount();
        modified +=
            master.getModifiedOccurrences() == null
                ? 0
                : master.getModifiedOccurrences().getCount();
      }
    }

    assertThat(masters).isPositive();
    assertThat(cancelled + retitled).as("the seeded world has exceptions to check").isPositive();
    assertThat(deleted).isEqualTo(cancelled);
    assertThat(modified).isEqualTo(retitled);
  }
}
