package org.exsync.sandbox.ews.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.sandbox.ews.schema.SchemaOrder;
import org.exsync.sandbox.ews.store.Folder;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.exsync.sandbox.ews.xml.XmlOut;

/** Writes folders as Exchange returns them, filtered by the folder shape, in schema order. */
final class FolderWriter {

  private FolderWriter() {}

  static void write(XmlOut out, Mailbox mailbox, Folder folder, Shape shape) {
    List<XmlNode> nodes = new ArrayList<>();
    nodes.add(id("FolderId", folder.id(), folder.changeKey()));
    List<XmlNode> all = new ArrayList<>();
    if (folder.parentId() != null) {
      all.add(id("ParentFolderId", folder.parentId(), "AQAAAA=="));
    }
    all.add(XmlNode.leaf("FolderClass", folder.folderClass()));
    all.add(XmlNode.leaf("DisplayName", folder.displayName()));
    all.add(XmlNode.leaf("TotalCount", String.valueOf(mailbox.itemsIn(folder.id()).size())));
    all.add(
        XmlNode.leaf(
            "ChildFolderCount", String.valueOf(mailbox.childFolders(folder.id(), false).size())));
    if ("Folder".equals(folder.element())) {
      all.add(XmlNode.leaf("UnreadCount", "0"));
    }
    for (XmlNode node : all) {
      if (shape.wants(node.name())) {
        nodes.add(node);
      }
    }
    folder
        .extended()
        .forEach(
            (key, node) -> {
              if (shape.extended().contains(key)) {
                nodes.add(node);
              }
            });
    String type = folder.element() + "Type";
    nodes.sort((a, b) -> SchemaOrder.types().comparator(type).compare(a.name(), b.name()));
    out.open("t:" + folder.element());
    nodes.forEach(out::node);
    out.close("t:" + folder.element());
  }

  /** A folder's value for a restriction's property path. */
  static Optional<String> value(Folder folder, String key) {
    return switch (key) {
      case "DisplayName" -> Optional.of(folder.displayName());
      case "FolderClass" -> Optional.of(folder.folderClass());
      default -> Optional.ofNullable(folder.extended().get(key)).flatMap(n -> n.childText("Value"));
    };
  }

  private static XmlNode id(String name, String id, String changeKey) {
    return new XmlNode(name, Map.of("Id", id, "ChangeKey", changeKey), "", List.of());
  }
}
