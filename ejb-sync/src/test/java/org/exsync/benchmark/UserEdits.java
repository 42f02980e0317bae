package org.exsync.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairKey;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.ews.OutlookUser;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.Person;

/**
 * Users changing synced items: a share of each pair's mapped items edited in SuperOffice (a title,
 * a contact's job title) and as many other ones in Outlook, each stamped with a marker and the time
 * it was made, so that its arrival on the other side can be checked. Series are left alone (their
 * CRM id is not a single row); each round takes items no earlier round touched.
 */
final class UserEdits {

  /** One edit: where it was made, the pair's ids and the marker to find on the other side. */
  record Edit(
      int user,
      ItemKind kind,
      boolean inCrm,
      String crmId,
      String exchangeId,
      String marker,
      Instant at) {}

  private final BenchSandbox sandbox;
  private final MapStore store;

  UserEdits(BenchSandbox sandbox, MapStore store) {
    this.sandbox = sandbox;
    this.store = store;
  }

  /** Edits the share of items of each user and kind on both sides; round picks fresh items. */
  List<Edit> edit(List<SeedUser> users, double percent, int round) {
    List<Edit> edits = new ArrayList<>();
    for (SeedUser user : users) {
      OutlookUser outlook = sandbox.ews.outlook(user.email()).orElseThrow();
      for (ItemKind kind : ItemKind.values()) {
        List<MappingRecord> single =
            store.mappingsByCrmId(PairKey.of(EngineLinks.linkId(user), kind)).values().stream()
                .filter(m -> m.crmId().chars().allMatch(Character::isDigit))
                .sorted(Comparator.comparing(m -> Integer.parseInt(m.crmId())))
                .toList();
        int share = Math.max(1, (int) Math.round(single.size() * percent / 100));
        int from = round * 2 * share;
        for (int n = 0; n < 2 * share && from + n < single.size(); n++) {
          MappingRecord m = single.get(from + n);
          boolean inCrm = n < share;
          String marker = "bench-" + round + "-" + (inCrm ? "crm" : "ews") + "-" + m.crmId();
          if (inCrm) {
            editCrm(user, kind, Integer.parseInt(m.crmId()), marker);
          } else {
            editOutlook(outlook, kind, m.exchangeId(), marker);
          }
          edits.add(
              new Edit(
                  user.index(), kind, inCrm, m.crmId(), m.exchangeId(), marker, Instant.now()));
        }
      }
    }
    return edits;
  }

  private void editCrm(SeedUser user, ItemKind kind, int id, String marker) {
    switch (kind) {
      case DIARY, TASK ->
          sandbox.crm.changeAppointment(
              id, user.associateId(), a -> a.withTitle(a.title() + " " + marker));
      case CONTACT ->
          sandbox.crm.changePerson(id, user.associateId(), p -> withJobTitle(p, marker));
    }
  }

  private static void editOutlook(OutlookUser outlook, ItemKind kind, String id, String marker) {
    switch (kind) {
      case DIARY, TASK ->
          outlook.edit(
              id, Map.of("Subject", outlook.text(id, "Subject").orElse("") + " " + marker));
      case CONTACT -> outlook.edit(id, Map.of("JobTitle", marker));
    }
  }

  /** Whether the edit can be seen on the side it was not made on. */
  boolean arrived(Edit edit) {
    if (edit.inCrm()) {
      OutlookUser outlook =
          sandbox.ews.outlook(sandbox.users().get(edit.user()).email()).orElseThrow();
      String element = edit.kind() == ItemKind.CONTACT ? "JobTitle" : "Subject";
      return outlook.text(edit.exchangeId(), element).orElse("").contains(edit.marker());
    }
    int id = Integer.parseInt(edit.crmId());
    return switch (edit.kind()) {
      case DIARY, TASK ->
          sandbox
              .crm
              .store()
              .appointments()
              .get(id)
              .map(Appointment::title)
              .orElse("")
              .contains(edit.marker());
      case CONTACT ->
          sandbox
              .crm
              .store()
              .persons()
              .get(id)
              .map(Person::jobTitle)
              .orElse("")
              .contains(edit.marker());
    };
  }

  private static Person withJobTitle(Person p, String title) {
    return new Person(
        p.id(),
        p.contactId(),
        p.firstName(),
        p.middleName(),
        p.lastName(),
        title,
        p.emails(),
        p.officePhone(),
        p.mobilePhone(),
        p.privatePhone(),
        p.ownerAssociateId(),
        p.retired(),
        p.stamp());
  }
}
