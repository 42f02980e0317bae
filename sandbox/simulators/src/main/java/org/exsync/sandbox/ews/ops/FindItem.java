package org.exsync.sandbox.ews.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.exsync.sandbox.ews.soap.ResponseError;
import org.exsync.sandbox.ews.soap.ResponseMessages;
import org.exsync.sandbox.ews.store.DateTimes;
import org.exsync.sandbox.ews.store.Item;
import org.exsync.sandbox.ews.store.Mailbox;
import org.exsync.sandbox.ews.store.Occurrences;
import org.exsync.sandbox.ews.xml.Dom;
import org.exsync.sandbox.ews.xml.XmlNode;
import org.exsync.sandbox.ews.xml.XmlOut;
import org.w3c.dom.Element;

/**
 * FindItem with a CalendarView (recurring series expanded into occurrences, as Outlook shows them)
 * or an IndexedPageItemView (paging, capped by EWSFindCountLimit), with an optional restriction.
 */
final class FindItem implements Operation {

  @Override
  public String name() {
    return "FindItem";
  }

  @Override
  public XmlOut execute(Element request, Context context) {
    Shape shape = Shape.read(Dom.child(request, "ItemShape").orElseThrow());
    ResponseMessages messages = new ResponseMessages(name(), null);
    for (Element id : Dom.children(Dom.child(request, "ParentFolderIds").orElseThrow())) {
      try {
        Targets.FolderRef folder = Targets.folder(id, context);
        Mailbox mailbox = folder.mailbox();
        mailbox.locked(() -> messages.success(out -> page(out, request, folder, shape, context)));
      } catch (ResponseError error) {
        messages.error(error);
      }
    }
    return messages.finish();
  }

  private static void page(
      XmlOut out, Element request, Targets.FolderRef folder, Shape shape, Context context) {
    Optional<Element> calendarView = Dom.child(request, "CalendarView");
    List<ItemView> all;
    int offset = 0;
    int max;
    if (calendarView.isPresent()) {
      if (!"IPF.Appointment".equals(folder.folder().folderClass())) {
        throw new ResponseError(
            "ErrorCalendarFolderIsInvalidForCalendarView", "The folder is not a calendar folder.");
      }
      all = calendarView(folder.mailbox(), folder.folder().id(), calendarView.get());
      max =
          Dom.attribute(calendarView.get(), "MaxEntriesReturned")
              .map(Integer::parseInt)
              .orElse(Integer.MAX_VALUE);
    } else {
      Optional<Element> restriction =
          Dom.child(request, "Restriction").map(r -> Dom.children(r).get(0));
      all = new ArrayList<>();
      for (Item item : folder.mailbox().itemsIn(folder.folder().id())) {
        if (restriction.map(r -> Restriction.matches(r, k -> value(item, k))).orElse(true)) {
          all.add(ItemView.of(item));
        }
      }
      Optional<Element> indexed = Dom.child(request, "IndexedPageItemView");
      offset = indexed.map(v -> Integer.parseInt(v.getAttribute("Offset"))).orElse(0);
      if (indexed.map(v -> "End".equals(v.getAttribute("BasePoint"))).orElse(false)) {
        offset = Math.max(0, all.size() - offset);
      }
      max =
          indexed
              .flatMap(v -> Dom.attribute(v, "MaxEntriesReturned"))
              .map(Integer::parseInt)
              .orElse(Integer.MAX_VALUE);
    }
    max = Math.min(max, context.findCountLimit());
    if (offset > all.size() || max < 1) {
      throw new ResponseError(
          "ErrorInvalidIndexedPagingParameters", "The paging parameters are out of range.");
    }
    List<ItemView> page = all.subList(offset, Math.min(all.size(), offset + max));
    boolean last = offset + page.size() >= all.size();
    out.open(
        "m:RootFolder",
        "IndexedPagingOffset",
        String.valueOf(offset + page.size()),
        "TotalItemsInView",
        String.valueOf(all.size()),
        "IncludesLastItemInRange",
        Boolean.toString(last));
    out.open("t:Items");
    page.forEach(view -> ItemWriter.write(out, folder.mailbox(), view, shape, false));
    out.close("t:Items").close("m:RootFolder");
  }

  private static Optional<String> value(Item item, String key) {
    return item.property(key)
        .map(XmlNode::text)
        .or(() -> Optional.ofNullable(item.extended().get(key)).flatMap(n -> n.childText("Value")));
  }

  private static List<ItemView> calendarView(Mailbox mailbox, String folderId, Element view) {
    Instant from = DateTimes.parse(view.getAttribute("StartDate")).orElseThrow();
    Instant to = DateTimes.parse(view.getAttribute("EndDate")).orElseThrow();
    if (to.isBefore(from) || java.time.Duration.between(from, to).toDays() > 2 * 366) {
      throw new ResponseError(
          "ErrorCalendarViewRangeTooBig",
          "The CalendarView range spans more than two years or ends before it starts.");
    }
    List<ItemView> found = new ArrayList<>();
    for (Item item : mailbox.itemsIn(folderId)) {
      if (item.isRecurringMaster()) {
        for (Occurrences.Occurrence o : Occurrences.of(item, to)) {
          if (!item.deletedOccurrences().contains(o.index())) {
            ItemView occurrence = ItemView.occurrence(mailbox, item, o);
            if (overlaps(occurrence, from, to)) {
              found.add(occurrence);
            }
          }
        }
      } else if (overlaps(ItemView.of(item), from, to)) {
        found.add(ItemView.of(item));
      }
    }
    found.sort(Comparator.comparing(v -> start(v)));
    return found;
  }

  private static Instant start(ItemView view) {
    return DateTimes.parse(view.properties().get("Start").text()).orElseThrow();
  }

  private static boolean overlaps(ItemView view, Instant from, Instant to) {
    Instant start = start(view);
    Instant end = DateTimes.parse(view.properties().get("End").text()).orElseThrow();
    return start.isBefore(to)
        && (end.isAfter(from) || (end.equals(start) && !start.isBefore(from)));
  }
}
