package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScan;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.PersonJson;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/**
 * Persons as contacts: an associate's own persons (those the associate is "our contact" for) or the
 * members of a selection. The company is a SuperOffice contact found by its name, and made when no
 * contact has that name.
 */
final class Persons {

  private final Items items;
  private final ODataLister lister;

  Persons(Items items, ODataLister lister) {
    this.items = items;
    this.lister = lister;
  }

  /**
   * A person listed at the version Exsync synced last is left out unread; every other listed one is
   * read singly: the Person and selection member archives show one e-mail address and formatted
   * phone numbers, and the Agents {@code Person} carrier ({@code GetPersonList}) one address and no
   * private phone, where the mapping keeps every address and the numbers as stored.
   */
  Outcome<CrmChanges> changes(CrmScope scope, Instant since, SyncedVersions synced) {
    String filter = since == null ? "" : "updatedDate ge '" + WireTimes.utc(since) + "'";
    return rows(scope, filter, "personId,updatedDate").then(rows -> changes(rows, since, synced));
  }

  /**
   * The changes and the ids from one list of the whole scope with each row's stamp: the rows
   * stamped from the watermark on are what the list by {@code updatedDate} would have shown.
   */
  Outcome<CrmScan> scan(CrmScope scope, Instant since, SyncedVersions synced) {
    return rows(scope, "", "personId,updatedDate")
        .then(
            rows ->
                changes(SyncedVersions.since(rows, since), since, synced)
                    .map(changes -> new CrmScan(changes, ids(rows))));
  }

  private Outcome<CrmChanges> changes(List<JsonObject> rows, Instant since, SyncedVersions synced) {
    Instant watermark = since;
    Set<Integer> ids = new LinkedHashSet<>();
    for (JsonObject row : rows) {
      int id = Entities.number(row, "personId");
      Instant updated = WireTimes.utc(Entities.text(row, "updatedDate"));
      watermark = watermark == null || updated.isAfter(watermark) ? updated : watermark;
      Instant stamp = SyncedVersions.stamp(Entities.text(row, "updatedDate"));
      if (!synced.unchanged(String.valueOf(id), stamp)) {
        ids.add(id);
      }
    }
    List<SourceItem> changed = new ArrayList<>();
    for (int id : ids) {
      Outcome<SourceItem> person = read(String.valueOf(id));
      if (person.isDone()) {
        changed.add(person.value());
      } else if (person.failure().orElseThrow().kind() != FailureKind.GONE) {
        return Outcome.failed(person.failure().orElseThrow());
      }
    }
    return Outcome.done(new CrmChanges(changed, watermark));
  }

  Outcome<Set<String>> presentIds(CrmScope scope) {
    return rows(scope, "", "personId").map(Persons::ids);
  }

  private static Set<String> ids(List<JsonObject> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(row -> ids.add(String.valueOf(Entities.number(row, "personId"))));
    return ids;
  }

  private Outcome<List<JsonObject>> rows(CrmScope scope, String filter, String select) {
    if (scope.selectionId() != null) {
      return lister.all(
          "Selection/" + scope.selectionId() + "/Members", select, filter, "personId");
    }
    String own = "associateId eq " + scope.associateId();
    return lister.all(
        "Person", select, filter.isEmpty() ? own : own + " and " + filter, "personId");
  }

  Outcome<SourceItem> read(String id) {
    return items
        .read("Person", CrmIds.single(id))
        .map(
            read ->
                new SourceItem(
                    id,
                    SyncedVersions.read(Entities.version(read.entity()), read.notBefore()),
                    Entities.lastModified(read.entity()),
                    PersonJson.read(read.entity())));
  }

  Outcome<WriteReceipt> create(int associateId, ContactItem contact) {
    return company(contact.company(), associateId)
        .then(
            companyId ->
                items.save(
                    "Person", 0, null, PersonJson.write(contact, companyId, associateId).build()))
        .map(person -> Items.receipt(String.valueOf(Entities.number(person, "PersonId")), person));
  }

  Outcome<WriteReceipt> update(ItemUpdate update) {
    return update(update, OptionalInt.empty());
  }

  /**
   * @param scopeOwner the associate whose own persons the item was listed among, taken as its owner
   *     still when the write is conditional: a person handed to another associate since its version
   *     has a newer stamp, so the write is a conflict; empty to read the owner, as for the members
   *     of a selection, whom anyone may own
   */
  Outcome<WriteReceipt> update(ItemUpdate update, OptionalInt scopeOwner) {
    if (!(update.content() instanceof ContactItem contact)) {
      return Outcome.failed(Failure.rejected("Only contacts are written as persons"));
    }
    int id = CrmIds.single(update.id());
    boolean conditional = update.version() != null && !update.version().isBlank();
    Outcome<Integer> owner =
        conditional && scopeOwner.isPresent()
            ? Outcome.done(scopeOwner.getAsInt())
            : items
                .get("Person", id)
                .map(current -> Entities.ref(current, "Associate", "AssociateId"));
    return owner
        .then(
            ownerId ->
                company(contact.company(), ownerId)
                    .then(
                        companyId ->
                            items.save(
                                "Person",
                                id,
                                update.version(),
                                PersonJson.write(contact, companyId, ownerId).build())))
        .map(person -> Items.receipt(update.id(), person));
  }

  Outcome<String> delete(ItemRef ref) {
    return items.delete("Person", CrmIds.single(ref.id()), ref.version()).map(reply -> ref.id());
  }

  /** The id of the company with this name, made if there is none; 0 for no company. */
  private Outcome<Integer> company(String name, int associateId) {
    if (name.isEmpty()) {
      return Outcome.done(0);
    }
    return lister
        .all("Contact", "contactId,name", "name eq " + ODataLister.literal(name), "contactId")
        .then(
            found -> {
              if (!found.isEmpty()) {
                return Outcome.done(Entities.number(found.get(0), "contactId"));
              }
              JsonObject company =
                  jakarta.json.Json.createObjectBuilder()
                      .add("Name", name)
                      .add(
                          "Associate",
                          jakarta.json.Json.createObjectBuilder().add("AssociateId", associateId))
                      .build();
              return items
                  .save("Contact", 0, null, company)
                  .map(created -> Entities.number(created, "ContactId"));
            });
  }
}
