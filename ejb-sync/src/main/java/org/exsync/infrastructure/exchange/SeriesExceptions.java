package org.exsync.infrastructure.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.UpdateItemResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.AppointmentOccurrenceId;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.exchange.translate.SeriesDates;

/**
 * Writes the exceptions of series after their masters were written: cancellations with one
 * DeleteItem batch, changed occurrences with one GetItem and one UpdateItem batch, for all series
 * of a write at once. An occurrence is named by its instance index in the series.
 */
final class SeriesExceptions {

  /** A written series and what its exceptions need. */
  record Work(String masterId, Recurrence rule, SeriesPlan plan) {}

  private record Cancel(int work, AppointmentOccurrenceId id) {}

  private record Change(int work, AppointmentOccurrenceId id, Occurrence occurrence) {}

  private final MailboxConnection connection;
  private final Batches batches;
  private final ItemLoader loader;

  SeriesExceptions(MailboxConnection connection, Batches batches, ItemLoader loader) {
    this.connection = connection;
    this.batches = batches;
    this.loader = loader;
  }

  /** Per work, the failure that kept its exceptions from being written, if any. */
  List<Optional<Failure>> apply(List<Work> works) {
    List<Optional<Failure>> failed = new ArrayList<>();
    List<Cancel> cancels = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (int w = 0; w < works.size(); w++) {
      failed.add(Optional.empty());
      Work work = works.get(w);
      try {
        for (LocalDate date : work.plan().cancel()) {
          cancels.add(new Cancel(w, occurrence(work, date)));
        }
        for (Occurrence occurrence : work.plan().change()) {
          changes.add(new Change(w, occurrence(work, occurrence.originalDate()), occurrence));
        }
      } catch (IllegalArgumentException e) {
        failed.set(w, Optional.of(Failure.rejected(e.getMessage())));
      }
    }
    cancel(cancels.stream().filter(c -> failed.get(c.work()).isEmpty()).toList(), failed);
    change(changes.stream().filter(c -> failed.get(c.work()).isEmpty()).toList(), failed);
    return failed;
  }

  private static AppointmentOccurrenceId occurrence(Work work, LocalDate date) {
    OptionalInt index = SeriesDates.indexOf(work.rule(), date);
    if (index.isEmpty()) {
      throw new IllegalArgumentException(
          "The series has no occurrence on " + date + " to cancel or change");
    }
    try {
      return new AppointmentOccurrenceId(work.masterId(), index.getAsInt());
    } catch (Exception e) {
      throw new IllegalArgumentException("The series has no id: " + work.masterId(), e);
    }
  }

  private void cancel(List<Cancel> cancels, List<Optional<Failure>> failed) {
    List<Outcome<Boolean>> done =
        batches
            .run(
                cancels,
                batch ->
                    connection
                        .call(
                            "DeleteItem",
                            service ->
                                service.deleteItems(
                                    batch.stream().map(c -> (ItemId) c.id()).toList(),
                                    DeleteMode.HardDelete,
                                    SendCancellationsMode.SendToNone,
                                    null))
                        .map(
                            responses -> {
                              List<ItemAnswer<Boolean>> answers = new ArrayList<>();
                              for (ServiceResponse response : responses) {
                                answers.add(
                                    response.getResult() == ServiceResult.Success
                                            || response.getErrorCode()
                                                == ServiceError
                                                    .ErrorCalendarOccurrenceIsDeletedFromRecurrence
                                        ? ItemAnswer.done(true)
                                        : connection.failures().ofItem(response));
                              }
                              return answers;
                            }))
            .outcomes();
    record(cancels.stream().map(Cancel::work).toList(), done, failed);
  }

  private void change(List<Change> changes, List<Optional<Failure>> failed) {
    if (changes.isEmpty()) {
      return;
    }
    List<Outcome<Item>> bound =
        loader
            .load(changes.stream().map(c -> (ItemId) c.id()).toList(), PropertySet.IdOnly)
            .outcomes();
    List<Integer> works = new ArrayList<>();
    List<Item> edited = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      Outcome<Item> occurrence = bound.get(i);
      if (!occurrence.isDone()) {
        failed.set(change.work(), occurrence.failure());
        continue;
      }
      try {
        Appointment appointment = (Appointment) occurrence.value();
        appointment.setStart(Date.from(change.occurrence().start()));
        appointment.setEnd(Date.from(change.occurrence().end()));
        appointment.setSubject(change.occurrence().subject());
        appointment.setLocation(change.occurrence().location());
        works.add(change.work());
        edited.add(appointment);
      } catch (Exception e) {
        failed.set(
            change.work(),
            Optional.of(Failure.rejected("The occurrence cannot be written: " + e.getMessage())));
      }
    }
    List<Outcome<Boolean>> done =
        batches
            .run(
                edited,
                batch ->
                    connection
                        .call(
                            "UpdateItem",
                            service ->
                                service.updateItems(
                                    batch,
                                    null,
                                    ConflictResolutionMode.AlwaysOverwrite,
                                    null,
                                    SendInvitationsOrCancellationsMode.SendToNone))
                        .map(
                            responses -> {
                              List<ItemAnswer<Boolean>> answers = new ArrayList<>();
                              for (UpdateItemResponse response : responses) {
                                answers.add(
                                    response.getResult() == ServiceResult.Success
                                        ? ItemAnswer.done(true)
                                        : connection.failures().ofItem(response));
                              }
                              return answers;
                            }))
            .outcomes();
    record(works, done, failed);
  }

  private static void record(
      List<Integer> works, List<Outcome<Boolean>> done, List<Optional<Failure>> failed) {
    for (int i = 0; i < works.size(); i++) {
      if (!done.get(i).isDone() && failed.get(works.get(i)).isEmpty()) {
        failed.set(works.get(i), done.get(i).failure());
      }
    }
  }
}
