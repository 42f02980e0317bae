package org.exsync.sandbox.ews.ops;

import java.util.List;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.ItemKind;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * CreateItem: calendar items, tasks and contacts, into the named folder or the kind's default
 * folder. A calendar item needs SendMeetingInvitations, as on Exchange.
 */
final class CreateItem implements Operation {

  @Override
  public String name() {
    return "CreateItem";
  }

  @Override
  public int itemCount(Element request) {
    return Dom.child(request, "Items").map(items -> Dom.children(items).size()).orElse(0);
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    ResponseMessages messages = new ResponseMessages(name(), "m:Items");
    List<Element> items = Dom.children(Dom.child(request, "Items").orElseThrow());
    for (int i = 0; i < items.size(); i++) {
      java.util.Optional<ResponseError> refused = TooManyObjects.refusingOpen(i, context);
      if (refused.isPresent()) {
        messages.error(refused.get());
        continue;
      }
      try {
        Element element = items.get(i);
        ItemKind kind =
            ItemKind.byElement(element.getLocalName())
                .orElseThrow(
                    () ->
                        new ResponseError(
                            "ErrorInvalidItemForOperationCreateItem",
                            "The simulator creates calendar items, tasks and contacts, not "
                                + element.getLocalName()
                                + "."));
        if (kind == ItemKind.CALENDAR_ITEM && !request.hasAttribute("SendMeetingInvitations")) {
          throw new ResponseError(
              "ErrorSendMeetingInvitationsRequired",
              "SendMeetingInvitations is required for calendar items.");
        }
        Targets.FolderRef folder = target(request, kind, context);
        Mailbox mailbox = folder.mailbox();
        Item created =
            mailbox.locked(
                () ->
                    mailbox.create(
                        kind,
                        folder.folder().id(),
                        item -> {
                          PropertyReader.setAll(item, Dom.children(element));
                          CalendarRules.check(item);
                        }));
        messages.success(
            out ->
                out.open("m:Items")
                    .open("t:" + kind.element())
                    .empty("t:ItemId", "Id", created.id(), "ChangeKey", created.changeKey())
                    .close("t:" + kind.element())
                    .close("m:Items"));
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }

  private static Targets.FolderRef target(Element request, ItemKind kind, Context context) {
    return Dom.child(request, "SavedItemFolderId")
        .map(container -> Targets.folderIn(container, context))
        .orElseGet(
            () -> {
              Mailbox mailbox = Targets.open(context.caller().actingMailbox(), context);
              return new Targets.FolderRef(
                  mailbox,
                  mailbox.locked(() -> mailbox.distinguished(kind.defaultFolder()).orElseThrow()));
            });
  }
}
