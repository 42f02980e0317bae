package org.exsync.sandbox.ews.ops;

import java.util.List;
import java.util.Optional;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.Folder;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * FindFolder: the child folders (Shallow) or all descendants (Deep), with an optional restriction.
 */
final class FindFolder implements Operation {

  @Override
  public String name() {
    return "FindFolder";
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    Shape shape = Shape.read(Dom.child(request, "FolderShape").orElseThrow());
    boolean deep = "Deep".equals(request.getAttribute("Traversal"));
    Optional<Element> restriction =
        Dom.child(request, "Restriction").map(r -> Dom.children(r).get(0));
    ResponseMessages messages = new ResponseMessages(name(), null);
    for (Element id : Dom.children(Dom.child(request, "ParentFolderIds").orElseThrow())) {
      try {
        Targets.FolderRef parent = Targets.folder(id, context);
        parent
            .mailbox()
            .locked(
                () -> {
                  List<Folder> found =
                      parent.mailbox().childFolders(parent.folder().id(), deep).stream()
                          .filter(
                              f ->
                                  restriction
                                      .map(
                                          r ->
                                              Restriction.matches(r, k -> FolderWriter.value(f, k)))
                                      .orElse(true))
                          .toList();
                  return messages.success(
                      out -> {
                        out.open(
                            "m:RootFolder",
                            "IndexedPagingOffset",
                            String.valueOf(found.size()),
                            "TotalItemsInView",
                            String.valueOf(found.size()),
                            "IncludesLastItemInRange",
                            "true");
                        out.open("t:Folders");
                        found.forEach(f -> FolderWriter.write(out, parent.mailbox(), f, shape));
                        out.close("t:Folders").close("m:RootFolder");
                      });
                });
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }
}
