package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * DeleteFolder: one response message per folder id. A folder goes with its subfolders and items,
 * whatever the DeleteType (the schema requires one): a client sees it gone from the hierarchy, as
 * with DeleteItem. A distinguished folder is ErrorDeleteDistinguishedFolder, as on Exchange; an
 * unknown or malformed id gets the same error as in GetFolder.
 */
final class DeleteFolder implements Operation {

  @Override
  public String name() {
    return "DeleteFolder";
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    ResponseMessages messages = new ResponseMessages(name(), null);
    for (Element id : Dom.children(Dom.child(request, "FolderIds").orElseThrow())) {
      try {
        Targets.FolderRef ref = Targets.folder(id, context);
        if (ref.folder().distinguishedName() != null) {
          throw new ResponseError(
              "ErrorDeleteDistinguishedFolder", "Distinguished folders cannot be deleted.");
        }
        ref.mailbox()
            .locked(
                () -> {
                  ref.mailbox().deleteFolder(ref.folder());
                  return null;
                });
        messages.success(out -> {});
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }
}
