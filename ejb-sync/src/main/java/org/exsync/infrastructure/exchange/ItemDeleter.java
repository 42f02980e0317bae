package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.enumeration.service.calendar.AffectedTaskOccurrence;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.Outcome;

/**
 * DeleteItem in batches, to the mailbox's Deleted Items so a user can still take an item back. EWS
 * does not check change keys on a delete; so when the caller names the version it decided on, the
 * batch first reads the change keys, and an item changed since is a CONFLICT, not deleted.
 */
final class ItemDeleter {

  private final MailboxConnection connection;
  private final Batches batches;

  ItemDeleter(MailboxConnection connection, Batches batches) {
    this.connection = connection;
    this.batches = batches;
  }

  Sent<String> delete(List<ItemRef> items) {
    return batches.run(items, this::deleteBatch);
  }

  private Outcome<List<ItemAnswer<String>>> deleteBatch(List<ItemRef> batch) {
    List<ItemAnswer<String>> answers = new ArrayList<>();
    batch.forEach(ref -> answers.add(null));
    if (batch.stream().anyMatch(ref -> ref.version() != null)) {
      Outcome<ServiceResponseCollection<GetItemResponse>> read =
          connection.read(
              "GetItem",
              service ->
                  service.bindToItems(
                      ItemLoader.itemIds(batch.stream().map(ItemRef::id).toList()),
                      PropertySet.IdOnly));
      if (!read.isDone()) {
        return Outcome.failed(read.failure().orElseThrow());
      }
      for (int k = 0; k < batch.size(); k++) {
        GetItemResponse response = read.value().getResponseAtIndex(k);
        answers.set(k, check(batch.get(k), response));
      }
    }
    List<Integer> toDelete = new ArrayList<>();
    for (int k = 0; k < batch.size(); k++) {
      if (answers.get(k) == null) {
        toDelete.add(k);
      }
    }
    if (toDelete.isEmpty()) {
      return Outcome.done(answers);
    }
    Outcome<ServiceResponseCollection<ServiceResponse>> deleted =
        connection.call(
            "DeleteItem",
            service ->
                service.deleteItems(
                    ItemLoader.itemIds(toDelete.stream().map(k -> batch.get(k).id()).toList()),
                    DeleteMode.MoveToDeletedItems,
                    SendCancellationsMode.SendToNone,
                    AffectedTaskOccurrence.AllOccurrences));
    if (!deleted.isDone()) {
      return Outcome.failed(deleted.failure().orElseThrow());
    }
    for (int d = 0; d < toDelete.size(); d++) {
      ServiceResponse response = deleted.value().getResponseAtIndex(d);
      int k = toDelete.get(d);
      answers.set(
          k,
          response.getResult() == ServiceResult.Success
              ? ItemAnswer.done(batch.get(k).id())
              : connection.failures().ofItem(response));
    }
    return Outcome.done(answers);
  }

  /** Null when the item may be deleted; otherwise why not. */
  private ItemAnswer<String> check(ItemRef ref, GetItemResponse response) {
    if (response.getResult() != ServiceResult.Success) {
      return connection.failures().ofItem(response);
    }
    try {
      if (ref.version() != null
          && !ref.version().equals(response.getItem().getId().getChangeKey())) {
        return ItemAnswer.failed(
            Failure.conflict(
                "The item changed in Exchange after the version the delete was decided on"));
      }
      return null;
    } catch (Exception e) {
      return ItemAnswer.failed(Failure.transientFailure("Exchange's answer had no id"));
    }
  }
}
