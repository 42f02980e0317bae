package org.exsync.sandbox.ews.ops;

import java.util.List;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * GetItem: one response message per id, so one unknown id fails alone. Ids beyond the per-request
 * cap fail with ErrorTooManyObjectsOpened.
 */
final class GetItem implements Operation {

  @Override
  public String name() {
    return "GetItem";
  }

  @Override
  public int itemCount(Element request) {
    return Dom.child(request, "ItemIds").map(ids -> Dom.children(ids).size()).orElse(0);
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    Shape shape = Shape.read(Dom.child(request, "ItemShape").orElseThrow());
    ResponseMessages messages = new ResponseMessages(name(), "m:Items");
    List<Element> ids = Dom.children(Dom.child(request, "ItemIds").orElseThrow());
    for (int i = 0; i < ids.size(); i++) {
      java.util.Optional<ResponseError> refused = TooManyObjects.refusingOpen(i, context);
      if (refused.isPresent()) {
        messages.error(refused.get());
        continue;
      }
      try {
        Targets.ItemRef ref = Targets.item(ids.get(i), context);
        ref.mailbox()
            .locked(
                () ->
                    messages.success(
                        out -> {
                          out.open("m:Items");
                          ItemWriter.write(out, ref.mailbox(), ItemView.of(ref), shape, true);
                          out.close("m:Items");
                        }));
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }
}
