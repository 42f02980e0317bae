package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.response.UpdateItemResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.exchange.translate.PropertySets;
import org.exsync.infrastructure.exchange.translate.Untranslatable;

/**
 * UpdateItem in batches. Each batch first reads its items in full (GetItem): an item whose change
 * key moved on since the version the change was decided against is a CONFLICT without a write; the
 * others are written with that version's change key and NeverOverwrite, so that a change between
 * the read and the write is a conflict too. Then the exceptions of series, then the receipts.
 */
final class ItemUpdater {

  private final MailboxConnection connection;
  private final Batches batches;
  private final ItemLoader loader;
  private final SeriesExceptions exceptions;

  ItemUpdater(
      MailboxConnection connection, Batches batches, ItemLoader loader, SeriesExceptions series) {
    this.connection = connection;
    this.batches = batches;
    this.loader = loader;
    this.exceptions = series;
  }

  Sent<WriteReceipt> update(FolderRef folder, List<ItemUpdate> updates) {
    PropertySet full = PropertySets.full(folder.kind());
    Sent<SeriesPlan> written =
        batches.run(updates, batch -> writeBatch(folder.kind(), full, batch));
    List<Outcome<WriteReceipt>> results = new ArrayList<>();
    List<SeriesExceptions.Work> works = new ArrayList<>();
    List<Integer> workPositions = new ArrayList<>();
    List<Integer> done = new ArrayList<>();
    for (int i = 0; i < updates.size(); i++) {
      Outcome<SeriesPlan> plan = written.outcomes().get(i);
      results.add(plan.isDone() ? null : Outcome.failed(plan.failure().orElseThrow()));
      if (plan.isDone()) {
        done.add(i);
        if (!plan.value().isEmpty()
            && updates.get(i).content() instanceof AppointmentItem appointment) {
          works.add(
              new SeriesExceptions.Work(
                  updates.get(i).id(), appointment.recurrence(), plan.value()));
          workPositions.add(i);
        }
      }
    }
    List<Optional<Failure>> failed = exceptions.apply(works);
    for (int w = 0; w < works.size(); w++) {
      int position = workPositions.get(w);
      failed
          .get(w)
          .ifPresent(
              f ->
                  results.set(
                      position,
                      Outcome.failed(
                          Failure.transientFailure(
                              "The series was written but not all its exceptions: " + f))));
    }
    List<Integer> receiptFor = done.stream().filter(i -> results.get(i) == null).toList();
    Sent<WriteReceipt> receipts =
        loader.receipts(receiptFor.stream().map(i -> updates.get(i).id()).toList());
    for (int r = 0; r < receiptFor.size(); r++) {
      results.set(receiptFor.get(r), receipts.outcomes().get(r));
    }
    return new Sent<>(results, written.stopped());
  }

  private Outcome<List<ItemAnswer<SeriesPlan>>> writeBatch(
      ItemKind kind, PropertySet full, List<ItemUpdate> batch) {
    Outcome<ServiceResponseCollection<GetItemResponse>> read =
        connection.read(
            "GetItem",
            service ->
                service.bindToItems(
                    ItemLoader.itemIds(batch.stream().map(ItemUpdate::id).toList()), full));
    if (!read.isDone()) {
      return Outcome.failed(read.failure().orElseThrow());
    }
    List<ItemAnswer<SeriesPlan>> answers = new ArrayList<>();
    List<Integer> toWrite = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    List<SeriesPlan> plans = new ArrayList<>();
    for (int k = 0; k < batch.size(); k++) {
      GetItemResponse response = read.value().getResponseAtIndex(k);
      if (response.getResult() != ServiceResult.Success) {
        answers.add(connection.failures().ofItem(response));
        continue;
      }
      answers.add(null);
      try {
        Item item = response.getItem();
        ItemUpdate update = batch.get(k);
        if (!item.getId().getChangeKey().equals(update.version())) {
          answers.set(
              k,
              ItemAnswer.failed(
                  Failure.conflict(
                      "The item changed in Exchange after the version the change was decided on")));
          continue;
        }
        SeriesPlan plan =
            update.content() instanceof AppointmentItem wanted && item instanceof Appointment loaded
                ? SeriesPlan.forUpdate(wanted, loaded)
                : SeriesPlan.NONE;
        Translation.write(update.content(), item, false, plan.resetRule());
        item.getId().setChangeKey(update.version());
        toWrite.add(k);
        items.add(item);
        plans.add(plan);
      } catch (Untranslatable e) {
        answers.set(k, ItemAnswer.failed(Failure.rejected(e.getMessage())));
      } catch (Exception e) {
        answers.set(
            k,
            ItemAnswer.failed(Failure.rejected("The change cannot be written: " + e.getMessage())));
      }
    }
    if (items.isEmpty()) {
      return Outcome.done(answers);
    }
    Outcome<ServiceResponseCollection<UpdateItemResponse>> updated =
        connection.call(
            "UpdateItem",
            service ->
                service.updateItems(
                    items,
                    null,
                    ConflictResolutionMode.NeverOverwrite,
                    null,
                    Translation.updates(kind)));
    if (!updated.isDone()) {
      return Outcome.failed(updated.failure().orElseThrow());
    }
    for (int w = 0; w < toWrite.size(); w++) {
      UpdateItemResponse response = updated.value().getResponseAtIndex(w);
      answers.set(
          toWrite.get(w),
          response.getResult() == ServiceResult.Success
              ? ItemAnswer.done(plans.get(w))
              : connection.failures().ofItem(response));
    }
    return Outcome.done(answers);
  }
}
