package org.exsync.infrastructure.superoffice;

import java.time.Instant;
import java.util.List;

/**
 * One change SuperOffice announced to a webhook.
 *
 * @param eventId the event's id, to recognise a delivery that came twice
 * @param event such as {@code activity.deleted}, {@code person.changed}
 * @param entity the entity kind, such as {@code appointment} or {@code person}
 * @param primaryKey the id of the changed row
 * @param contextIdentifier the tenant
 * @param changedBy the associate who made the change
 * @param changes the database columns that changed
 * @param at when it happened
 */
public record WebhookEvent(
    String eventId,
    String event,
    String entity,
    int primaryKey,
    String contextIdentifier,
    int changedBy,
    List<String> changes,
    Instant at) {

  public WebhookEvent {
    changes = List.copyOf(changes);
  }

  /** Whether this event says a diary appointment or a to-do was deleted. */
  public boolean isActivityDeleted() {
    return event.equals("activity.deleted");
  }
}
