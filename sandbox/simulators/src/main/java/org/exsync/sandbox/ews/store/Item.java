package org.exsync.sandbox.ews.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exsync.sandbox.ews.xml.XmlNode;

/**
 * A calendar item, task or contact in a mailbox. Properties are the XML elements Exchange returns,
 * keyed by local name; extended properties are keyed by their property path. A recurring master
 * also holds its modified occurrences (the properties that differ, by instance index) and its
 * deleted occurrences. Guarded by its mailbox's lock.
 */
public final class Item {

  private final String local;
  private final String id;
  private final ItemKind kind;
  private final Instant created;
  private final long createdSequence;
  private final Map<String, XmlNode> properties = new HashMap<>();
  private final Map<String, XmlNode> extended = new LinkedHashMap<>();
  private final Map<Integer, Map<String, XmlNode>> modifiedOccurrences = new TreeMap<>();
  private final Set<Integer> deletedOccurrences = new TreeSet<>();
  private String folderId;
  private String changeKey;
  private long sequence;
  private Instant lastModified;

  Item(
      String mailbox,
      String local,
      ItemKind kind,
      String folderId,
      Instant created,
      long sequence) {
    this.local = local;
    this.id = Ids.item(mailbox, local);
    this.kind = kind;
    this.folderId = folderId;
    this.created = created;
    this.createdSequence = sequence;
  }

  public String id() {
    return id;
  }

  String local() {
    return local;
  }

  public ItemKind kind() {
    return kind;
  }

  public String folderId() {
    return folderId;
  }

  void moveTo(String folder) {
    this.folderId = folder;
  }

  public String changeKey() {
    return changeKey;
  }

  public long sequence() {
    return sequence;
  }

  public long createdSequence() {
    return createdSequence;
  }

  public Instant created() {
    return created;
  }

  public Instant lastModified() {
    return lastModified;
  }

  void stamp(String newChangeKey, long newSequence, Instant when) {
    this.changeKey = newChangeKey;
    this.sequence = newSequence;
    this.lastModified = when;
  }

  /** The stored properties, by element name; callers change them only under the mailbox lock. */
  public Map<String, XmlNode> properties() {
    return properties;
  }

  public Optional<XmlNode> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  public Optional<String> text(String name) {
    return property(name).map(XmlNode::text);
  }

  /** Extended properties by the canonical form of their ExtendedFieldURI. */
  public Map<String, XmlNode> extended() {
    return extended;
  }

  /** Properties of modified occurrences that differ from the master, by instance index. */
  public Map<Integer, Map<String, XmlNode>> modifiedOccurrences() {
    return modifiedOccurrences;
  }

  public Set<Integer> deletedOccurrences() {
    return deletedOccurrences;
  }

  public boolean isRecurringMaster() {
    return kind == ItemKind.CALENDAR_ITEM && properties.containsKey("Recurrence");
  }
}
