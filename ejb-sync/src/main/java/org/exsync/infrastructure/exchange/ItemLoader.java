package org.exsync.infrastructure.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.ServiceResult;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.OccurrenceInfo;
import microsoft.exchange.webservices.data.property.complex.OccurrenceInfoCollection;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.exchange.translate.AppointmentTranslator;
import org.exsync.infrastructure.exchange.translate.ContactTranslator;
import org.exsync.infrastructure.exchange.translate.PropertySets;
import org.exsync.infrastructure.exchange.translate.Props;
import org.exsync.infrastructure.exchange.translate.TaskTranslator;
import org.exsync.infrastructure.exchange.translate.Untranslatable;

/**
 * Reads items with GetItem in batches: in full and translated, with the changed occurrences of each
 * series read in one more batch; or only what a receipt needs after a write.
 */
final class ItemLoader {

  private final MailboxConnection connection;
  private final Batches batches;

  ItemLoader(MailboxConnection connection, Batches batches) {
    this.connection = connection;
    this.batches = batches;
  }

  /** The items in full, translated, per id in the order asked. */
  Sent<SourceItem> read(ItemKind kind, List<String> ids) {
    Sent<Item> loaded = load(itemIds(ids), PropertySets.full(kind));
    Map<String, Outcome<Item>> occurrences =
        kind == ItemKind.DIARY ? occurrencesOf(loaded.outcomes()) : Map.of();
    return loaded.then(found -> translate(kind, found, occurrences));
  }

  /** Receipts for written items, per id. */
  Sent<WriteReceipt> receipts(List<String> ids) {
    return load(itemIds(ids), PropertySets.receipt()).then(ItemLoader::receipt);
  }

  /** GetItem in batches for any ids, series occurrences included. */
  Sent<Item> load(List<ItemId> ids, PropertySet properties) {
    return batches.run(
        ids,
        batch ->
            connection
                .read("GetItem", service -> service.bindToItems(batch, properties))
                .map(
                    responses -> {
                      List<ItemAnswer<Item>> answers = new ArrayList<>(batch.size());
                      for (GetItemResponse response : responses) {
                        answers.add(
                            response.getResult() == ServiceResult.Success
                                ? ItemAnswer.done(response.getItem())
                                : connection.failures().ofItem(response));
                      }
                      return answers;
                    }));
  }

  private Map<String, Outcome<Item>> occurrencesOf(List<Outcome<Item>> loaded) {
    List<ItemId> wanted = new ArrayList<>();
    for (Outcome<Item> item : loaded) {
      if (item.isDone() && item.value() instanceof Appointment series) {
        changedOccurrences(series).forEach(info -> wanted.add(info.getItemId()));
      }
    }
    Map<String, Outcome<Item>> byId = new HashMap<>();
    if (wanted.isEmpty()) {
      return byId;
    }
    List<Outcome<Item>> occurrences = load(wanted, PropertySets.occurrence()).outcomes();
    for (int i = 0; i < wanted.size(); i++) {
      byId.put(wanted.get(i).getUniqueId(), occurrences.get(i));
    }
    return byId;
  }

  private static Outcome<SourceItem> translate(
      ItemKind kind, Item item, Map<String, Outcome<Item>> occurrences) {
    try {
      if (item instanceof Appointment series) {
        Optional<Failure> unread = unreadOccurrence(series, occurrences);
        if (unread.isPresent()) {
          return Outcome.failed(unread.get());
        }
      }
      CanonicalItem content =
          switch (kind) {
            case DIARY -> {
              if (!(item instanceof Appointment appointment)) {
                throw new Untranslatable("It is not a calendar item but " + kindOf(item));
              }
              yield AppointmentTranslator.read(
                  appointment,
                  id ->
                      Optional.ofNullable(occurrences.get(id.getUniqueId()))
                          .filter(Outcome::isDone)
                          .map(o -> (Appointment) o.value()));
            }
            case TASK -> {
              if (!(item instanceof Task task)) {
                throw new Untranslatable("It is not a task but " + kindOf(item));
              }
              yield TaskTranslator.read(task);
            }
            case CONTACT -> {
              if (!(item instanceof Contact contact)) {
                throw new Untranslatable("It is not a contact but " + kindOf(item));
              }
              yield ContactTranslator.read(contact);
            }
          };
      return Outcome.done(
          new SourceItem(
              item.getId().getUniqueId(), item.getId().getChangeKey(), modified(item), content));
    } catch (Untranslatable e) {
      return Outcome.failed(Failure.rejected(e.getMessage()));
    } catch (Exception e) {
      return Outcome.failed(
          Failure.rejected("Exchange's item could not be read: " + e.getMessage()));
    }
  }

  /** The failure of reading a series' changed occurrence, if one could not be read. */
  private static Optional<Failure> unreadOccurrence(
      Appointment series, Map<String, Outcome<Item>> occurrences) {
    for (OccurrenceInfo info : changedOccurrences(series)) {
      Outcome<Item> read = occurrences.get(info.getItemId().getUniqueId());
      if (read != null && !read.isDone()) {
        return read.failure();
      }
    }
    return Optional.empty();
  }

  /** The changed occurrences a series was loaded with; none for a single appointment. */
  private static List<OccurrenceInfo> changedOccurrences(Appointment series) {
    try {
      OccurrenceInfoCollection changed =
          Props.get(series, AppointmentSchema.ModifiedOccurrences, OccurrenceInfoCollection.class);
      return changed == null ? List.of() : changed.getItems();
    } catch (Exception e) {
      return List.of();
    }
  }

  private static Outcome<WriteReceipt> receipt(Item item) {
    try {
      return Outcome.done(
          new WriteReceipt(
              item.getId().getUniqueId(), item.getId().getChangeKey(), modified(item)));
    } catch (Exception e) {
      return Outcome.failed(
          Failure.transientFailure("Exchange's answer had no id: " + e.getMessage()));
    }
  }

  private static Instant modified(Item item) throws Exception {
    java.util.Date time = Props.get(item, ItemSchema.LastModifiedTime, java.util.Date.class);
    return time == null ? Instant.EPOCH : time.toInstant();
  }

  private static String kindOf(Item item) {
    return item.getClass().getSimpleName();
  }

  static List<ItemId> itemIds(List<String> ids) {
    List<ItemId> itemIds = new ArrayList<>(ids.size());
    for (String id : ids) {
      try {
        itemIds.add(new ItemId(id));
      } catch (Exception e) {
        throw new IllegalArgumentException("Not an Exchange item id: " + id, e);
      }
    }
    return itemIds;
  }
}
