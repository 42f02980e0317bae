package org.exsync.sandbox.ews;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.sandbox.ews.store.DateTimes;
import org.exsync.sandbox.ews.store.Folder;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.ItemKind;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.xml.XmlNode;

/**
 * A mailbox owner editing in Outlook, outside EWS: every change gets a new change key and shows up
 * in SyncFolderItems, exactly like a change made by a client. For tests of out-of-band changes.
 */
public final class OutlookUser {

  private final Mailbox mailbox;

  OutlookUser(Mailbox mailbox) {
    this.mailbox = mailbox;
  }

  public String smtp() {
    return mailbox.smtp();
  }

  /** Ids of the items in a distinguished folder (calendar, tasks, contacts). */
  public List<String> itemIds(String distinguishedFolder) {
    return mailbox.locked(
        () -> mailbox.itemsIn(folder(distinguishedFolder).id()).stream().map(Item::id).toList());
  }

  /** A simple property's text, such as Subject. */
  public Optional<String> text(String itemId, String element) {
    return mailbox.locked(() -> mailbox.item(itemId).flatMap(i -> i.text(element)));
  }

  public Optional<String> changeKey(String itemId) {
    return mailbox.locked(() -> mailbox.item(itemId).map(Item::changeKey));
  }

  /** Sets simple properties (element name to text, dates as UTC xs:dateTime). */
  public void edit(String itemId, Map<String, String> changes) {
    change(
        itemId,
        item ->
            changes.forEach((name, text) -> item.properties().put(name, XmlNode.leaf(name, text))));
  }

  /** Moves a calendar item to another time zone, as the zone picker of Outlook's form does. */
  public void editZone(String itemId, String windowsZoneId) {
    change(
        itemId,
        item -> {
          item.properties().put("StartTimeZone", zone("StartTimeZone", windowsZoneId));
          item.properties().put("EndTimeZone", zone("EndTimeZone", windowsZoneId));
        });
  }

  private void change(String itemId, java.util.function.Consumer<Item> edit) {
    mailbox.locked(
        () -> {
          Item item =
              mailbox
                  .item(itemId)
                  .orElseThrow(() -> new IllegalArgumentException("No item " + itemId));
          edit.accept(item);
          mailbox.changed(item);
          return null;
        });
  }

  /** Creates an item with simple properties in a distinguished folder; returns its id. */
  public String create(ItemKind kind, String distinguishedFolder, Map<String, String> properties) {
    return mailbox.locked(
        () ->
            mailbox
                .create(
                    kind,
                    folder(distinguishedFolder).id(),
                    item ->
                        properties.forEach(
                            (name, text) -> item.properties().put(name, XmlNode.leaf(name, text))))
                .id());
  }

  /** Creates an item in the folder with this id, as a user drags a contact into a folder. */
  public String createInFolder(ItemKind kind, String folderId, Map<String, String> properties) {
    return mailbox.locked(
        () ->
            mailbox
                .create(
                    kind,
                    mailbox
                        .folder(folderId)
                        .orElseThrow(() -> new IllegalArgumentException("No folder " + folderId))
                        .id(),
                    item ->
                        properties.forEach(
                            (name, text) -> item.properties().put(name, XmlNode.leaf(name, text))))
                .id());
  }

  /** Creates a calendar item as Outlook saves one: times in UTC, the zone by its Windows id. */
  public String createAppointment(
      String subject,
      java.time.Instant start,
      java.time.Instant end,
      boolean allDay,
      String windowsZoneId) {
    return mailbox.locked(
        () ->
            mailbox
                .create(
                    ItemKind.CALENDAR_ITEM,
                    folder("calendar").id(),
                    item -> {
                      Map<String, XmlNode> p = item.properties();
                      p.put("Subject", XmlNode.leaf("Subject", subject));
                      p.put("Start", XmlNode.leaf("Start", DateTimes.format(start)));
                      p.put("End", XmlNode.leaf("End", DateTimes.format(end)));
                      p.put(
                          "IsAllDayEvent", XmlNode.leaf("IsAllDayEvent", Boolean.toString(allDay)));
                      p.put("StartTimeZone", zone("StartTimeZone", windowsZoneId));
                      p.put("EndTimeZone", zone("EndTimeZone", windowsZoneId));
                    })
                .id());
  }

  /**
   * Makes a calendar item a meeting someone else organises, as accepting their invitation leaves it
   * in the owner's calendar: that organizer, and the organizer and the owner as required attendees.
   */
  public void invitedBy(String itemId, String organizerSmtp, String organizerName) {
    change(
        itemId,
        item -> {
          item.properties()
              .put(
                  "Organizer",
                  XmlNode.of("Organizer", List.of(mailboxOf(organizerName, organizerSmtp))));
          item.properties()
              .put(
                  "RequiredAttendees",
                  XmlNode.of(
                      "RequiredAttendees",
                      List.of(
                          attendee(organizerName, organizerSmtp, "Organizer"),
                          attendee(mailbox.displayName(), mailbox.smtp(), "Accept"))));
        });
  }

  private static XmlNode attendee(String name, String smtp, String response) {
    return XmlNode.of(
        "Attendee", List.of(mailboxOf(name, smtp), XmlNode.leaf("ResponseType", response)));
  }

  private static XmlNode mailboxOf(String name, String smtp) {
    return XmlNode.of(
        "Mailbox",
        List.of(
            XmlNode.leaf("Name", name),
            XmlNode.leaf("EmailAddress", smtp),
            XmlNode.leaf("RoutingType", "SMTP")));
  }

  private static XmlNode zone(String element, String windowsZoneId) {
    return new XmlNode(element, Map.of("Id", windowsZoneId), "", List.of());
  }

  /** Creates a contacts folder of the user's own below Contacts; returns its id. */
  public String createContactsFolder(String name) {
    return mailbox.locked(
        () ->
            mailbox
                .createFolder(folder("contacts").id(), name, "IPF.Contact")
                .orElseThrow(() -> new IllegalArgumentException("Contacts has a " + name))
                .id());
  }

  /** The display names of the folders anywhere below a distinguished folder. */
  public List<String> folderNames(String distinguishedFolder) {
    return mailbox.locked(
        () ->
            mailbox.childFolders(folder(distinguishedFolder).id(), true).stream()
                .map(Folder::displayName)
                .toList());
  }

  public void delete(String itemId) {
    mailbox.locked(
        () -> {
          mailbox.item(itemId).ifPresent(mailbox::delete);
          return null;
        });
  }

  private Folder folder(String distinguishedFolder) {
    return mailbox
        .distinguished(distinguishedFolder)
        .orElseThrow(() -> new IllegalArgumentException("No folder " + distinguishedFolder));
  }
}
