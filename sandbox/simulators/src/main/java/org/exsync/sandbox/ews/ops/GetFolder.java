package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/** GetFolder: one response message per folder id. */
final class GetFolder implements Operation {

  @Override
  public String name() {
    return "GetFolder";
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    Shape shape = Shape.read(Dom.child(request, "FolderShape").orElseThrow());
    ResponseMessages messages = new ResponseMessages(name(), null);
    for (Element id : Dom.children(Dom.child(request, "FolderIds").orElseThrow())) {
      try {
        Targets.FolderRef ref = Targets.folder(id, context);
        ref.mailbox()
            .locked(
                () ->
                    messages.success(
                        out -> {
                          out.open("m:Folders");
                          FolderWriter.write(out, ref.mailbox(), ref.folder(), shape);
                          out.close("m:Folders");
                        }));
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }
}
