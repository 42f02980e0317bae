package org.exsync.sandbox.ews.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.Ids;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.ItemKind;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * UpdateItem: SetItemField, AppendToItemField and DeleteItemField on items and occurrences (an
 * updated occurrence becomes an exception). A change key that is no longer current is an
 * irresolvable conflict unless the client says AlwaysOverwrite.
 */
final class UpdateItem implements Operation {

  @Override
  public String name() {
    return "UpdateItem";
  }

  @Override
  public int itemCount(Element request) {
    return Dom.child(request, "ItemChanges").map(c -> Dom.children(c).size()).orElse(0);
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    boolean overwrite = "AlwaysOverwrite".equals(request.getAttribute("ConflictResolution"));
    ResponseMessages messages = new ResponseMessages(name(), "m:Items");
    List<Element> changes = Dom.children(Dom.child(request, "ItemChanges").orElseThrow());
    for (int i = 0; i < changes.size(); i++) {
      Element change = changes.get(i);
      java.util.Optional<ResponseError> late = TooManyObjects.refusingLate(i, context);
      if (late.isPresent()) {
        messages.error(late.get());
        continue;
      }
      try {
        Element id = Dom.children(change).get(0);
        Targets.ItemRef ref = Targets.item(id, context);
        String[] result = ref.mailbox().locked(() -> apply(request, change, id, ref, overwrite));
        messages.success(
            out ->
                out.open("m:Items")
                    .open("t:" + ref.item().kind().element())
                    .empty("t:ItemId", "Id", result[0], "ChangeKey", result[1])
                    .close("t:" + ref.item().kind().element())
                    .close("m:Items")
                    .open("m:ConflictResults")
                    .leaf("t:Count", "0")
                    .close("m:ConflictResults"));
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }

  private static String[] apply(
      Element request, Element change, Element id, Targets.ItemRef ref, boolean overwrite) {
    Item item = ref.item();
    String expected = id.getAttribute("ChangeKey");
    if (!overwrite && !expected.isEmpty() && !expected.equals(item.changeKey())) {
      throw new ResponseError(
          "ErrorIrresolvableConflict",
          "The send or update operation could not be performed because the change key passed in the"
              + " request does not match the current change key for the item.");
    }
    if (item.kind() == ItemKind.CALENDAR_ITEM
        && !request.hasAttribute("SendMeetingInvitationsOrCancellations")) {
      throw new ResponseError(
          "ErrorSendMeetingInvitationsOrCancellationsRequired",
          "SendMeetingInvitationsOrCancellations is required for calendar items.");
    }
    Element updates = Dom.child(change, "Updates").orElseThrow();
    if (ref.occurrence() > 0) {
      updateOccurrence(ref, updates);
    } else {
      ItemChanges.apply(item, updates);
    }
    CalendarRules.check(item);
    ref.mailbox().changed(item);
    String shownId =
        ref.occurrence() > 0
            ? Ids.occurrence(
                ref.mailbox().smtp(), Ids.parse(item.id()).orElseThrow().local(), ref.occurrence())
            : item.id();
    return new String[] {shownId, item.changeKey()};
  }

  /** Applies the changes to a scratch copy of the occurrence and keeps what differs. */
  private static void updateOccurrence(Targets.ItemRef ref, Element updates) {
    Item master = ref.item();
    int index = ref.occurrence();
    ItemView before = ItemView.occurrence(ref.mailbox(), master, index);
    Map<String, org.exsync.sandbox.ews.xml.XmlNode> modified =
        new HashMap<>(master.modifiedOccurrences().getOrDefault(index, Map.of()));
    modified.putIfAbsent("Start", before.properties().get("Start"));
    modified.putIfAbsent("End", before.properties().get("End"));
    ItemChanges.applyTo(modified, updates);
    master.modifiedOccurrences().put(index, modified);
  }
}
