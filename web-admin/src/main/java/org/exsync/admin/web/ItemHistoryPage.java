package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.exsync.application.history.ItemHistoryEntry;
import org.exsync.application.history.ItemHistoryResult;
import org.exsync.application.history.ItemHistoryService;
import org.exsync.application.link.LinkFilter;
import org.exsync.application.link.LinkRow;
import org.exsync.application.link.LinkedUsers;
import org.exsync.domain.run.Side;
import org.exsync.engine.store.ItemEventKind;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Item history: why an item synced, or not. Opened for one linked user from the users page ({@code
 * item-history.xhtml?link=ID}) or for all; searched by subject or id and by kind of event, a page
 * at a time, newest first.
 */
@Named
@ViewScoped
public class ItemHistoryPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABLE = "history:history-table";

  @EJB private ItemHistoryService history;
  @EJB private LinkedUsers linked;

  private String linkParam;
  private Long linkId;
  private String text = "";
  private ItemEventKind eventKind;
  private List<LinkRow> links = List.of();
  private String linkProblem;
  private final Entries entries = new Entries(this);

  public void load() {
    links = linked.list(LinkFilter.ALL);
    if (linkParam == null || linkParam.isBlank()) {
      return;
    }
    try {
      long id = Long.parseLong(linkParam.strip());
      if (linked.find(id).isPresent()) {
        linkId = id;
        return;
      }
      linkProblem = "There is no linked user with the id " + id + ".";
    } catch (NumberFormatException notANumber) {
      linkProblem = "\"" + linkParam + "\" is not the id of a linked user.";
    }
    Feedback.warn(linkProblem, "The history of all linked users is shown instead.");
  }

  /** The table reads the filters as they are now; a new search starts at its first page. */
  public void search() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public String headline(ItemHistoryEntry entry) {
    String side = entry.side().map(s -> s == Side.CRM ? "SuperOffice" : "Exchange").orElse("");
    return switch (entry.event()) {
      case CREATED -> "Created in " + side;
      case UPDATED -> "Updated in " + side;
      case DELETED -> "Deleted in " + side;
      case MATCHED -> "Matched: the same item on both sides";
      case ECHO_DROPPED -> "Skipped: Exsync's own change came back from " + side;
      case OUTSIDE_WINDOW -> "Not synced: outside the sync window";
      case UNLINKED -> "Not synced any more: left the sync window or filter";
      case LEFT_SELECTION -> "Removed from the selection's folder";
      case DELETED_ON_BOTH -> "Deleted on both sides";
      case CONFLICT -> "Conflict";
      case BOOKING_EDIT_REJECTED -> "Not synced: edit of a booking's copy rejected";
      case MASS_DELETE_HELD -> "Not deleted: held by the mass-delete guard";
      case THROTTLED -> "Waiting: " + side + " asked to slow down";
      case FAILED -> side.isEmpty() ? "Failed" : "Failed in " + side;
    };
  }

  /** The words the event filter shows for a kind. */
  public String kindLabel(ItemEventKind kind) {
    return switch (kind) {
      case CREATED -> "Created";
      case UPDATED -> "Updated";
      case DELETED -> "Deleted";
      case MATCHED -> "Matched";
      case ECHO_DROPPED -> "Own change came back";
      case OUTSIDE_WINDOW -> "Outside the sync window";
      case UNLINKED -> "Left the window or filter";
      case LEFT_SELECTION -> "Left the selection";
      case DELETED_ON_BOTH -> "Deleted on both sides";
      case CONFLICT -> "Conflict";
      case BOOKING_EDIT_REJECTED -> "Booking edit rejected";
      case MASS_DELETE_HELD -> "Held by the mass-delete guard";
      case THROTTLED -> "Throttled";
      case FAILED -> "Failed";
    };
  }

  /** Whether the event is one where the item was not synced as its change asked. */
  public boolean isWarning(ItemHistoryEntry entry) {
    return switch (entry.event()) {
      case CONFLICT, BOOKING_EDIT_REJECTED, MASS_DELETE_HELD, THROTTLED, OUTSIDE_WINDOW, UNLINKED ->
          true;
      case CREATED,
          UPDATED,
          DELETED,
          MATCHED,
          ECHO_DROPPED,
          LEFT_SELECTION,
          DELETED_ON_BOTH,
          FAILED ->
          false;
    };
  }

  /** The user a row belongs to, by its link. */
  public String userOf(ItemHistoryEntry entry) {
    return links.stream()
        .filter(l -> l.linkId() == entry.linkId())
        .map(LinkRow::associateName)
        .findFirst()
        .orElse("link " + entry.linkId());
  }

  public ItemEventKind[] getEventKinds() {
    return ItemEventKind.values();
  }

  public LazyDataModel<ItemHistoryEntry> getEntries() {
    return entries;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public String getLinkProblem() {
    return linkProblem;
  }

  public String getLinkParam() {
    return linkParam;
  }

  public void setLinkParam(String linkParam) {
    this.linkParam = linkParam;
  }

  public Long getLinkId() {
    return linkId;
  }

  public void setLinkId(Long linkId) {
    this.linkId = linkId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ItemEventKind getEventKind() {
    return eventKind;
  }

  public void setEventKind(ItemEventKind eventKind) {
    this.eventKind = eventKind;
  }

  /** The history a page at a time, as the table asks for it. */
  static final class Entries extends LazyDataModel<ItemHistoryEntry> {

    private static final long serialVersionUID = 1L;

    private final ItemHistoryPage page;

    Entries(ItemHistoryPage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) find(0, 1).total();
    }

    @Override
    public List<ItemHistoryEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      ItemHistoryResult found = find(first, pageSize);
      setRowCount((int) found.total());
      return found.entries();
    }

    @Override
    public String getRowKey(ItemHistoryEntry entry) {
      return Long.toString(entry.id());
    }

    private ItemHistoryResult find(int first, int max) {
      return page.history.search(
          page.linkId,
          page.text,
          page.eventKind,
          first,
          Math.min(Math.max(1, max), ItemHistoryService.MAX_PAGE));
    }
  }
}
