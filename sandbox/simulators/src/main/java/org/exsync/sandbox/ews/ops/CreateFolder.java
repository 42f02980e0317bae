package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.Folder;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * CreateFolder: folders (contact folders for selections) below a parent, with their extended
 * properties so a client can mark them; a name already used below the parent is ErrorFolderExists.
 */
final class CreateFolder implements Operation {

  @Override
  public String name() {
    return "CreateFolder";
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    ResponseMessages messages = new ResponseMessages(name(), null);
    Targets.FolderRef parent;
    try {
      parent = Targets.folderIn(Dom.child(request, "ParentFolderId").orElseThrow(), context);
    } catch (ResponseError error) {
      return messages.error(error).finish();
    }
    for (Element folder : Dom.children(Dom.child(request, "Folders").orElseThrow())) {
      try {
        Folder created = parent.mailbox().locked(() -> create(parent, folder));
        messages.success(
            out ->
                out.open("m:Folders")
                    .open("t:" + created.element())
                    .empty("t:FolderId", "Id", created.id(), "ChangeKey", created.changeKey())
                    .close("t:" + created.element())
                    .close("m:Folders"));
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }

  private static Folder create(Targets.FolderRef parent, Element element) {
    String name = Dom.childText(element, "DisplayName").orElse("");
    String folderClass =
        Dom.childText(element, "FolderClass")
            .orElse(
                switch (element.getLocalName()) {
                  case "ContactsFolder" -> "IPF.Contact";
                  case "CalendarFolder" -> "IPF.Appointment";
                  case "TasksFolder" -> "IPF.Task";
                  default -> "IPF.Note";
                });
    Folder folder =
        parent
            .mailbox()
            .createFolder(parent.folder().id(), name, folderClass)
            .orElseThrow(
                () ->
                    new ResponseError(
                        "ErrorFolderExists", "A folder with the specified name already exists."));
    for (Element extended : Dom.childrenNamed(element, "ExtendedProperty")) {
      Element path = Dom.child(extended, "ExtendedFieldURI").orElseThrow();
      folder.extended().put(ExtendedPaths.key(path), XmlNode.from(extended));
    }
    return folder;
  }
}
