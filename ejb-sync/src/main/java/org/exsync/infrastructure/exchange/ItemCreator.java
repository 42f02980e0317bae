package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.exchange.translate.Untranslatable;

/**
 * CreateItem in batches, then the exceptions of new series, then the receipts. A series whose
 * exceptions could not be written is deleted again and fails as a whole, so that no half-written
 * series stays behind without Exsync knowing its id.
 */
final class ItemCreator {

  private static final Logger LOG = Logger.getLogger(ItemCreator.class.getName());

  private final MailboxConnection connection;
  private final Batches batches;
  private final ItemLoader loader;
  private final SeriesExceptions exceptions;

  ItemCreator(
      MailboxConnection connection, Batches batches, ItemLoader loader, SeriesExceptions series) {
    this.connection = connection;
    this.batches = batches;
    this.loader = loader;
    this.exceptions = series;
  }

  Sent<WriteReceipt> create(FolderRef folder, List<CanonicalItem> items) {
    List<Outcome<WriteReceipt>> results = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<Item> prepared = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      results.add(null);
      Optional<Failure> invalid = Optional.empty();
      try {
        if (items.get(i).kind() != folder.kind()) {
          throw new Untranslatable(
              "A "
                  + items.get(i).kind()
                  + " item does not belong in the "
                  + folder.kind()
                  + " folder");
        }
        prepared.add(Translation.newItem(connection.service(), items.get(i)));
        positions.add(i);
      } catch (Untranslatable e) {
        invalid = Optional.of(Failure.rejected(e.getMessage()));
      } catch (Exception e) {
        invalid = Optional.of(Failure.rejected("The item cannot be written: " + e.getMessage()));
      }
      int at = i;
      invalid.ifPresent(f -> results.set(at, Outcome.failed(f)));
    }
    Sent<WriteReceipt> created = createAll(folder, prepared);
    List<SeriesExceptions.Work> works = new ArrayList<>();
    List<Integer> workPositions = new ArrayList<>();
    List<Integer> written = new ArrayList<>();
    for (int k = 0; k < prepared.size(); k++) {
      Outcome<WriteReceipt> id = created.outcomes().get(k);
      int position = positions.get(k);
      if (!id.isDone()) {
        results.set(position, Outcome.failed(id.failure().orElseThrow()));
        continue;
      }
      written.add(position);
      if (items.get(position) instanceof AppointmentItem appointment) {
        SeriesPlan plan = SeriesPlan.forNew(appointment);
        if (!plan.isEmpty()) {
          works.add(new SeriesExceptions.Work(id.value().id(), appointment.recurrence(), plan));
          workPositions.add(position);
        }
      }
      results.set(position, id);
    }
    List<Optional<Failure>> failed = exceptions.apply(works);
    for (int w = 0; w < works.size(); w++) {
      if (failed.get(w).isPresent()) {
        undo(works.get(w).masterId(), failed.get(w).get());
        results.set(workPositions.get(w), Outcome.failed(failed.get(w).get()));
        written.remove(Integer.valueOf(workPositions.get(w)));
      }
    }
    Sent<WriteReceipt> receipts =
        loader.receipts(written.stream().map(p -> results.get(p).value().id()).toList());
    for (int r = 0; r < written.size(); r++) {
      Outcome<WriteReceipt> receipt = receipts.outcomes().get(r);
      int position = written.get(r);
      if (receipt.isDone()) {
        results.set(position, receipt);
      } else {
        LOG.log(
            Level.WARNING,
            "Created {0} in {1} but could not read it back: {2}",
            new Object[] {
              results.get(position).value().id(),
              connection.access().smtpAddress(),
              receipt.failure().orElseThrow()
            });
      }
    }
    return new Sent<>(results, created.stopped());
  }

  /**
   * The created items with what CreateItem answered: id and change key, and this moment standing in
   * for Exchange's modified time until the receipt is read.
   */
  private Sent<WriteReceipt> createAll(FolderRef folder, List<Item> prepared) {
    FolderId parent;
    try {
      parent = new FolderId(folder.id());
    } catch (Exception e) {
      Failure invalid = Failure.rejected("Not an Exchange folder id: " + folder.id());
      return new Sent<>(
          prepared.stream().map(p -> Outcome.<WriteReceipt>failed(invalid)).toList(), invalid);
    }
    return batches.run(
        prepared,
        batch ->
            connection
                .call(
                    "CreateItem",
                    service ->
                        service.createItems(
                            batch, parent, null, Translation.invitations(folder.kind())))
                .map(
                    responses -> {
                      List<ItemAnswer<WriteReceipt>> answers = new ArrayList<>();
                      int k = 0;
                      for (ServiceResponse response : responses) {
                        Item item = batch.get(k++);
                        answers.add(
                            response.getResult() == ServiceResult.Success
                                ? ItemAnswer.done(receiptOf(item))
                                : connection.failures().ofItem(response));
                      }
                      return answers;
                    }));
  }

  private static WriteReceipt receiptOf(Item item) {
    try {
      return new WriteReceipt(
          item.getId().getUniqueId(), item.getId().getChangeKey(), java.time.Instant.now());
    } catch (Exception e) {
      throw new IllegalStateException("Exchange created an item without an id", e);
    }
  }

  /** Deletes a new series whose exceptions failed; if even that fails, says so in the log. */
  private void undo(String seriesId, Failure why) {
    Outcome<Boolean> undone =
        connection.call(
            "DeleteItem",
            service -> {
              service.deleteItems(
                  ItemLoader.itemIds(List.of(seriesId)),
                  DeleteMode.HardDelete,
                  SendCancellationsMode.SendToNone,
                  null);
              return true;
            });
    if (!undone.isDone()) {
      LOG.log(
          Level.WARNING,
          "A new series {0} in {1} lacks its exceptions ({2}) and could not be deleted: {3}",
          new Object[] {seriesId, connection.access().smtpAddress(), why, undone.failure().get()});
    }
  }
}
