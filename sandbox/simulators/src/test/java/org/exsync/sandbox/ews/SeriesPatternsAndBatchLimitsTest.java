package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;

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
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeek;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeekIndex;
import microsoft.exchange.webservices.data.core.enumeration.property.time.Month;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence;
import microsoft.exchange.webservices.data.search.CalendarView;
import org.exsync.sandbox.control.Latency;
import org.junit.jupiter.api.Test;

class SeriesPatternsAndBatchLimitsTest extends SchemaCheckedTest {

  private final ExchangeService service = fixture.as(fixture.user(2));

  private static Date at(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  private Appointment series(String subject, Recurrence rule) throws Exception {
    Appointment appointment = new Appointment(service);
    appointment.setSubject(subject);
    appointment.setStart(rule.getStartDate());
    appointment.setEnd(Date.from(rule.getStartDate().toInstant().plusSeconds(3_600)));
    appointment.setRecurrence(rule);
    appointment.save(WellKnownFolderName.Calendar, SendInvitationsMode.SendToNone);
    return appointment;
  }

  private List<Instant> starts(String subject, Date from, Date to) throws Exception {
    List<Instant> starts = new ArrayList<>();
    for (Appointment a :
        service
            .findAppointments(WellKnownFolderName.Calendar, new CalendarView(from, to, 500))
            .getItems()) {
      if (a.getSubject().equals(subject)) {
        starts.add(a.getStart().toInstant());
      }
    }
    return starts;
  }

  @Test
  void relativeMonthlySeries_fallsOnTheSecondTuesdayOfEveryOtherMonth() throws Exception {
    Recurrence rule =
        new Recurrence.RelativeMonthlyPattern(
            at(2026, 3, 10, 9), 2, DayOfTheWeek.Tuesday, DayOfTheWeekIndex.Second);
    rule.setNumberOfOccurrences(3);
    series("Styremøte", rule);

    assertThat(starts("Styremøte", at(2026, 3, 1, 0), at(2026, 12, 31, 0)))
        .containsExactly(
            at(2026, 3, 10, 9).toInstant(),
            at(2026, 5, 12, 9).toInstant(),
            at(2026, 7, 14, 9).toInstant());
  }

  @Test
  void yearlySeries_fallOnTheirDateAndOnTheirWeekday() throws Exception {
    Recurrence birthday = new Recurrence.YearlyPattern(at(2026, 3, 2, 8), Month.June, 5);
    birthday.setNumberOfOccurrences(2);
    series("Bursdag", birthday);
    Recurrence lastFriday =
        new Recurrence.RelativeYearlyPattern(
            at(2026, 3, 2, 8), Month.November, DayOfTheWeek.Friday, DayOfTheWeekIndex.Last);
    lastFriday.setNumberOfOccurrences(2);
    series("Julebord", lastFriday);

    assertThat(starts("Bursdag", at(2026, 3, 1, 0), at(2028, 1, 1, 0)))
        .containsExactly(at(2026, 6, 5, 8).toInstant(), at(2027, 6, 5, 8).toInstant());
    assertThat(starts("Julebord", at(2026, 3, 1, 0), at(2028, 1, 1, 0)))
        .containsExactly(at(2026, 11, 27, 8).toInstant(), at(2027, 11, 26, 8).toInstant());
  }

  @Test
  void theThirtyFirstOfEveryMonth_fallsOnTheLastDayOfShorterMonths() throws Exception {
    Recurrence rule = new Recurrence.MonthlyPattern(at(2026, 1, 31, 12), 1, 31);
    rule.setNumberOfOccurrences(3);
    series("Månedsslutt", rule);

    assertThat(starts("Månedsslutt", at(2026, 1, 1, 0), at(2026, 12, 31, 0)))
        .containsExactly(
            at(2026, 1, 31, 12).toInstant(),
            at(2026, 2, 28, 12).toInstant(),
            at(2026, 3, 31, 12).toInstant());
  }

  @Test
  void settingANewRule_dropsTheSeriesExceptions() throws Exception {
    Recurrence weekly = new Recurrence.WeeklyPattern(at(2026, 3, 2, 8), 1, DayOfTheWeek.Monday);
    weekly.setNumberOfOccurrences(4);
    Appointment master = series("Ukemøte", weekly);
    Appointment.bindToOccurrence(service, master.getId(), 2)
        .delete(DeleteMode.HardDelete, SendCancellationsMode.SendToNone);

    Appointment loaded = Appointment.bind(service, master.getId());
    Recurrence daily = new Recurrence.DailyPattern(at(2026, 3, 2, 8), 1);
    daily.setNumberOfOccurrences(3);
    loaded.setRecurrence(daily);
    loaded.update(
        ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);

    Appointment after = Appointment.bind(service, master.getId());
    assertThat(after.getDeletedOccurrences()).isNull();
    assertThat(starts("Ukemøte", at(2026, 3, 1, 0), at(2026, 4, 1, 0))).hasSize(3);
  }

  @Test
  void aBatchThatRunsPastTheTimeLimit_failsItsLaterItemsWithErrorTimeoutExpired() throws Exception {
    List<ItemId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Appointment single = new Appointment(service);
      single.setSubject("Enkel " + i);
      single.setStart(at(2026, 4, 1 + i, 9));
      single.setEnd(at(2026, 4, 1 + i, 10));
      single.save(WellKnownFolderName.Calendar, SendInvitationsMode.SendToNone);
      ids.add(single.getId());
    }
    fixture.simulator.updateSettings(
        s ->
            s.withThrottling(s.throttling().withBatchTimeLimit(25))
                .withLatency(new Latency(0, 10, 0)));

    ServiceResponseCollection<GetItemResponse> responses =
        service.bindToItems(ids, new PropertySet(BasePropertySet.IdOnly));

    assertThat(responses.getResponseAtIndex(0).getResult()).isEqualTo(ServiceResult.Success);
    assertThat(responses.getResponseAtIndex(1).getResult()).isEqualTo(ServiceResult.Success);
    for (int i = 2; i < 5; i++) {
      assertThat(responses.getResponseAtIndex(i).getErrorCode())
          .isEqualTo(ServiceError.ErrorTimeoutExpired);
    }
  }
}
