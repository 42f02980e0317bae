package org.exsync.sandbox.superoffice;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.exsync.sandbox.superoffice.store.CrmStore;
import org.exsync.sandbox.superoffice.store.Person;
import org.exsync.sandbox.superoffice.store.Row;
import org.exsync.sandbox.superoffice.store.StoreEvent;

/**
 * Changes made inside SuperOffice by its users rather than through the Web API: they move the
 * change stamp and reach webhooks like any other change.
 */
final class UserChanges {

  private final CrmStore store;

  UserChanges(CrmStore store) {
    this.store = store;
  }

  Appointment appointment(int id, int associateId, UnaryOperator<Appointment> change) {
    Appointment before = store.appointments().get(id).orElseThrow(() -> missing("Appointment", id));
    Appointment after =
        store
            .appointments()
            .update(
                id,
                row -> change.apply(row).withStamp(row.stamp().touched(store.now(), associateId)))
            .orElseThrow(() -> missing("Appointment", id));
    publish("activity", StoreEvent.Action.changed, after, associateId, changed(before, after));
    return after;
  }

  Person person(int id, int associateId, UnaryOperator<Person> change) {
    Person before = store.persons().get(id).orElseThrow(() -> missing("Person", id));
    Person after =
        store
            .persons()
            .update(
                id,
                row -> change.apply(row).withStamp(row.stamp().touched(store.now(), associateId)))
            .orElseThrow(() -> missing("Person", id));
    publish("person", StoreEvent.Action.changed, after, associateId, changed(before, after));
    return after;
  }

  void deleteAppointment(int id, int associateId) {
    Appointment gone =
        store.appointments().remove(id).orElseThrow(() -> missing("Appointment", id));
    publish("activity", StoreEvent.Action.deleted, gone, associateId, List.of());
  }

  private void publish(
      String entity, StoreEvent.Action action, Row row, int actor, List<String> changes) {
    store.publish(new StoreEvent(entity, action, row.id(), actor, changes, store.now()));
  }

  /** The record components that differ, named as lower-case columns, plus the stamp columns. */
  private static List<String> changed(Record before, Record after) {
    List<String> columns = new ArrayList<>();
    try {
      for (RecordComponent component : before.getClass().getRecordComponents()) {
        if (component.getName().equals("stamp")) {
          continue;
        }
        Object was = component.getAccessor().invoke(before);
        Object is = component.getAccessor().invoke(after);
        if (!Objects.equals(was, is)) {
          columns.add(component.getName().toLowerCase(java.util.Locale.ROOT));
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot compare " + before.getClass().getSimpleName(), e);
    }
    columns.addAll(List.of("updated", "updated_associate_id", "updatedCount"));
    return columns;
  }

  private static IllegalArgumentException missing(String what, int id) {
    return new IllegalArgumentException(what + " " + id + " is not in the store");
  }
}
