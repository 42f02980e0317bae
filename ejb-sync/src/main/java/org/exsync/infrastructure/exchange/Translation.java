package org.exsync.infrastructure.exchange;

import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.Task;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.infrastructure.exchange.translate.AppointmentTranslator;
import org.exsync.infrastructure.exchange.translate.ContactTranslator;
import org.exsync.infrastructure.exchange.translate.TaskTranslator;
import org.exsync.infrastructure.exchange.translate.Untranslatable;

/** Puts canonical items on ews-java-api items of their kind, and what a write of each kind says. */
final class Translation {

  private Translation() {}

  /** A new item of the canonical item's kind, with its content. */
  static Item newItem(ExchangeService service, CanonicalItem content) throws Exception {
    Item item =
        switch (content.kind()) {
          case DIARY -> new Appointment(service);
          case TASK -> new Task(service);
          case CONTACT -> new Contact(service);
        };
    write(content, item, true, false);
    return item;
  }

  /** Writes the content over an item loaded in full. */
  static void write(CanonicalItem content, Item target, boolean isNew, boolean setRule)
      throws Exception {
    if (content instanceof AppointmentItem appointment && target instanceof Appointment a) {
      AppointmentTranslator.write(appointment, a, isNew, setRule);
    } else if (content instanceof TaskItem task && target instanceof Task t) {
      TaskTranslator.write(task, t, isNew);
    } else if (content instanceof ContactItem contact && target instanceof Contact c) {
      ContactTranslator.write(contact, c, isNew);
    } else {
      throw new Untranslatable(
          "A "
              + content.kind()
              + " item cannot be written over a "
              + target.getClass().getSimpleName());
    }
  }

  /** Calendar writes must say whether attendees hear of them; Exsync never sends anything. */
  static SendInvitationsMode invitations(ItemKind kind) {
    return kind == ItemKind.DIARY ? SendInvitationsMode.SendToNone : null;
  }

  static SendInvitationsOrCancellationsMode updates(ItemKind kind) {
    return kind == ItemKind.DIARY ? SendInvitationsOrCancellationsMode.SendToNone : null;
  }
}
