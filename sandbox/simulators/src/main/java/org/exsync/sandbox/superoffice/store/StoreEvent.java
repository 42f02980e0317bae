package org.exsync.sandbox.superoffice.store;

import java.time.Instant;
import java.util.List;

/**
 * A committed change, as SuperOffice announces it to webhooks.
 *
 * @param entity the webhook entity name: {@code activity}, {@code person}, {@code contact}
 * @param action what happened
 * @param id the row's primary key
 * @param actorAssociateId who made the change
 * @param changes the database columns that changed
 * @param at when
 */
public record StoreEvent(
    String entity, Action action, int id, int actorAssociateId, List<String> changes, Instant at) {

  public enum Action {
    created,
    changed,
    deleted
  }

  public StoreEvent {
    changes = List.copyOf(changes);
  }

  /** The webhook event name, for example {@code activity.changed}. */
  public String eventName() {
    return entity + "." + action;
  }
}
