package org.exsync.sandbox.ews.ops;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.SyncChanges;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * SyncFolderItems: the changes of a folder since the opaque SyncState, at most MaxChangesReturned
 * (1 to 512) a page, oldest first. The state names the folder and the mailbox change sequence it
 * has seen; a state of another folder, or garbage, is ErrorInvalidSyncStateData.
 */
final class SyncFolderItems implements Operation {

  private static final String STATE_PREFIX = "exsync-sync-v1|";

  @Override
  public String name() {
    return "SyncFolderItems";
  }

  @Override
  public int itemCount(Element request) {
    return Dom.childText(request, "MaxChangesReturned").map(SyncFolderItems::number).orElse(1);
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    ResponseMessages messages = new ResponseMessages(name(), null);
    try {
      Shape shape = Shape.read(Dom.child(request, "ItemShape").orElseThrow());
      int max = number(Dom.childText(request, "MaxChangesReturned").orElse(""));
      if (max < 1 || max > 512) {
        throw new ResponseError(
            "ErrorInvalidArgument", "MaxChangesReturned must be from 1 to 512, was " + max + ".");
      }
      Targets.FolderRef folder =
          Targets.folderIn(Dom.child(request, "SyncFolderId").orElseThrow(), context);
      long since = since(Dom.childText(request, "SyncState").orElse(""), folder.folder().id());
      Set<String> ignore = new HashSet<>();
      Dom.child(request, "Ignore")
          .ifPresent(list -> Dom.children(list).forEach(i -> ignore.add(i.getAttribute("Id"))));
      folder
          .mailbox()
          .locked(
              () -> {
                SyncChanges page = folder.mailbox().changesSince(folder.folder().id(), since, max);
                return messages.success(
                    out -> {
                      out.leaf("m:SyncState", state(folder.folder().id(), page.reached()))
                          .leaf("m:IncludesLastItemInRange", Boolean.toString(page.includesLast()))
                          .open("m:Changes");
                      for (SyncChanges.Change change : page.changes()) {
                        if (ignore.contains(change.itemId())) {
                          continue;
                        }
                        switch (change.type()) {
                          case CREATE, UPDATE -> {
                            String element =
                                change.type() == SyncChanges.Type.CREATE ? "t:Create" : "t:Update";
                            out.open(element);
                            ItemWriter.write(
                                out, folder.mailbox(), ItemView.of(change.item()), shape, false);
                            out.close(element);
                          }
                          case DELETE ->
                              out.open("t:Delete")
                                  .empty("t:ItemId", "Id", change.itemId())
                                  .close("t:Delete");
                        }
                      }
                      out.close("m:Changes");
                    });
              });
    } catch (ResponseError error) {
      messages.error(error);
    }
    return messages.finish();
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String state(String folderId, long sequence) {
    String plain = STATE_PREFIX + folderId + "|" + sequence;
    return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static long since(String state, String folderId) {
    if (state.isEmpty()) {
      return 0;
    }
    ResponseError invalid =
        new ResponseError(
            "ErrorInvalidSyncStateData",
            "Synchronization state data is corrupt or otherwise invalid.");
    try {
      String plain = new String(Base64.getDecoder().decode(state), StandardCharsets.UTF_8);
      String[] parts = plain.split("\\|");
      if (parts.length != 3 || !plain.startsWith(STATE_PREFIX) || !parts[1].equals(folderId)) {
        throw invalid;
      }
      return Long.parseLong(parts[2]);
    } catch (IllegalArgumentException e) {
      throw invalid;
    }
  }
}
