package org.exsync.sandbox.ews.ops;

import java.time.Instant;
import java.util.List;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.store.Folder;
import org.exsync.sandbox.ews.store.Ids;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.store.Occurrences;
import org.exsync.sandbox.ews.xml.Dom;
import org.w3c.dom.Element;

/**
 * Resolves the folder and item ids of a request to the store, checking that the caller may open the
 * mailbox they live in. Failures are the response errors Exchange gives for that one id.
 */
final class Targets {

  private Targets() {}

  /** A folder in a mailbox. */
  record FolderRef(Mailbox mailbox, Folder folder) {}

  /**
   * An item, or one occurrence of a recurring master.
   *
   * @param occurrence the instance index, or 0 for the item itself
   */
  record ItemRef(Mailbox mailbox, Item item, int occurrence) {}

  /** A FolderId or DistinguishedFolderId element (with an optional Mailbox child). */
  static FolderRef folder(Element id, Context context) {
    if ("FolderId".equals(id.getLocalName())) {
      Ids.Parsed parsed =
          Ids.parse(id.getAttribute("Id"))
              .filter(p -> p.type() == Ids.Type.FOLDER)
              .orElseThrow(ResponseError::invalidId);
      Mailbox mailbox = open(parsed.mailbox(), context);
      Folder folder =
          mailbox
              .locked(() -> mailbox.folder(id.getAttribute("Id")))
              .orElseThrow(ResponseError::folderNotFound);
      return new FolderRef(mailbox, folder);
    }
    String smtp =
        Dom.child(id, "Mailbox")
            .flatMap(m -> Dom.childText(m, "EmailAddress"))
            .orElse(context.caller().actingMailbox());
    Mailbox mailbox = open(smtp, context);
    Folder folder =
        mailbox
            .locked(() -> mailbox.distinguished(id.getAttribute("Id")))
            .orElseThrow(ResponseError::folderNotFound);
    return new FolderRef(mailbox, folder);
  }

  /** The folder element of a parent or target folder container (its only child). */
  static FolderRef folderIn(Element container, Context context) {
    return folder(Dom.children(container).get(0), context);
  }

  static Mailbox open(String smtp, Context context) {
    if (smtp == null) {
      throw new ResponseError(
          "ErrorNonExistentMailbox", "The caller has no mailbox; name one to act on.");
    }
    if (!context.caller().mayOpen(smtp)) {
      throw ResponseError.accessDenied();
    }
    return context
        .mailboxes()
        .find(smtp)
        .orElseThrow(
            () ->
                new ResponseError(
                    "ErrorNonExistentMailbox",
                    "The SMTP address has no mailbox associated with it."));
  }

  /** An ItemId, OccurrenceItemId or RecurringMasterItemId element. */
  static ItemRef item(Element id, Context context) {
    String attribute = "ItemId".equals(id.getLocalName()) ? "Id" : "RecurringMasterId";
    Ids.Parsed parsed = Ids.parse(id.getAttribute(attribute)).orElseThrow(ResponseError::invalidId);
    if (parsed.type() == Ids.Type.FOLDER) {
      throw ResponseError.invalidId();
    }
    Mailbox mailbox = open(parsed.mailbox(), context);
    String itemId =
        parsed.type() == Ids.Type.OCCURRENCE ? parsed.masterId() : id.getAttribute(attribute);
    return mailbox.locked(
        () -> {
          Item item = mailbox.item(itemId).orElseThrow(ResponseError::itemNotFound);
          int index =
              switch (id.getLocalName()) {
                case "OccurrenceItemId" -> Integer.parseInt(id.getAttribute("InstanceIndex"));
                case "ItemId" -> parsed.index();
                default -> 0;
              };
          if (index > 0) {
            checkOccurrence(item, index);
          }
          return new ItemRef(mailbox, item, index);
        });
  }

  private static void checkOccurrence(Item master, int index) {
    if (!master.isRecurringMaster()) {
      throw ResponseError.itemNotFound();
    }
    List<Occurrences.Occurrence> all = Occurrences.of(master, Instant.MAX);
    if (index < 1 || index > all.size()) {
      throw new ResponseError(
          "ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange",
          "The occurrence index is out of the recurrence range.");
    }
    if (master.deletedOccurrences().contains(index)) {
      throw new ResponseError(
          "ErrorCalendarOccurrenceIsDeletedFromRecurrence",
          "The occurrence was deleted from the recurrence.");
    }
  }
}
