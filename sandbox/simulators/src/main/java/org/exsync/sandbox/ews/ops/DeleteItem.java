package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.ItemKind;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * DeleteItem: every DeleteType removes the item from its folder (what a sync client sees). Deleting
 * an occurrence adds it to the master's deleted occurrences. Calendar items need
 * SendMeetingCancellations, tasks AffectedTaskOccurrences, as on Exchange.
 */
final class DeleteItem implements Operation {

  @Override
  public String name() {
    return "DeleteItem";
  }

  @Override
  public int itemCount(Element request) {
    return Dom.child(request, "ItemIds").map(ids -> Dom.children(ids).size()).orElse(0);
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    ResponseMessages messages = new ResponseMessages(name(), null);
    java.util.List<Element> ids = Dom.children(Dom.child(request, "ItemIds").orElseThrow());
    for (int i = 0; i < ids.size(); i++) {
      Element id = ids.get(i);
      java.util.Optional<ResponseError> late = TooManyObjects.refusingLate(i, context);
      if (late.isPresent()) {
        messages.error(late.get());
        continue;
      }
      try {
        Targets.ItemRef ref = Targets.item(id, context);
        ref.mailbox()
            .locked(
                () -> {
                  delete(request, ref);
                  return null;
                });
        messages.success(out -> {});
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }

  private static void delete(Element request, Targets.ItemRef ref) {
    Item item = ref.item();
    if (item.kind() == ItemKind.CALENDAR_ITEM
        && !request.hasAttribute("SendMeetingCancellations")) {
      throw new ResponseError(
          "ErrorSendMeetingCancellationsRequired",
          "SendMeetingCancellations is required for calendar items.");
    }
    if (item.kind() == ItemKind.TASK && !request.hasAttribute("AffectedTaskOccurrences")) {
      throw new ResponseError(
          "ErrorAffectedTaskOccurrencesRequired", "AffectedTaskOccurrences is required for tasks.");
    }
    if (ref.occurrence() > 0) {
      item.modifiedOccurrences().remove(ref.occurrence());
      item.deletedOccurrences().add(ref.occurrence());
      ref.mailbox().changed(item);
    } else {
      ref.mailbox().delete(item);
    }
  }
}
