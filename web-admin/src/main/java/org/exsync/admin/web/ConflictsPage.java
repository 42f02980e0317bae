package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exsync.application.conflict.ConflictDetail;
import org.exsync.application.conflict.ConflictReview;
import org.exsync.application.conflict.ConflictRow;
import org.exsync.application.conflict.LinkChoice;
import org.exsync.domain.mapping.ConflictSearch;
import org.exsync.domain.mapping.OverrideState;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.primefaces.component.datatable.DataTable;

/**
 * Conflicts: the items changed on both sides that a run settled by the link's policy, filterable,
 * one opened with both versions side by side, and the override that takes the other version.
 */
@Named
@ViewScoped
public class ConflictsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABLE = ":conflicts:conflict-table";

  /** Which conflicts the table shows by override. */
  public enum Shown {
    ALL,
    OPEN,
    OVERRIDDEN
  }

  @EJB private ConflictReview review;

  private Long linkId;
  private ItemKind kind;
  private Shown shown = Shown.ALL;
  private List<LinkChoice> users = List.of();
  private ConflictRows rows;
  private ConflictDetail detail;

  public void load() {
    users = review.users();
    rows = new ConflictRows(review, this::search);
  }

  ConflictSearch search() {
    Boolean overridden =
        switch (shown) {
          case ALL -> null;
          case OPEN -> false;
          case OVERRIDDEN -> true;
        };
    return new ConflictSearch(linkId, kind, overridden);
  }

  public void open(ConflictRow row) {
    review
        .detail(row.id())
        .ifPresentOrElse(
            found -> detail = found,
            () -> {
              detail = null;
              Feedback.warn("This conflict no longer exists.", "Its user was unlinked.");
            });
  }

  /** Reads the opened conflict again; the page polls it while its override waits for the run. */
  public void refreshDetail() {
    if (detail != null) {
      review.detail(detail.row().id()).ifPresentOrElse(found -> detail = found, this::close);
    }
  }

  public void close() {
    detail = null;
  }

  public void takeCrm() {
    take(Side.CRM);
  }

  public void takeExchange() {
    take(Side.EXCHANGE);
  }

  private void take(Side side) {
    if (detail == null) {
      return;
    }
    ConflictRow row = detail.row();
    try {
      String admin = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
      review.override(row.id(), side, row.version(), admin);
      Feedback.info(
          "Taking " + versionOf(side) + " version of '" + row.title() + "'.",
          "The sync of " + row.user() + " starts now and writes it to both sides.");
    } catch (RuntimeException e) {
      Feedback.failure("The override", e);
    }
    refreshDetail();
  }

  /** What taking the side's version does, in the words of the confirmation. */
  public String confirmation(Side side) {
    if (detail == null) {
      return "";
    }
    ConflictRow row = detail.row();
    String kept =
        switch (row.outcome()) {
          case "CRM_KEPT" -> "SuperOffice's version";
          case "EXCHANGE_KEPT" -> "Exchange's version";
          default -> "the merge of both";
        };
    return "Write "
        + versionOf(side)
        + " version of '"
        + row.title()
        + "', as it was at the conflict, to both SuperOffice and Exchange, replacing what was"
        + " kept ("
        + kept
        + ")? The sync of "
        + row.user()
        + " starts now. If the item changed again since the conflict, the newer change stands"
        + " and nothing is overridden. A conflict is overridden once.";
  }

  public boolean isWaiting() {
    return detail != null && detail.row().overrideState() == OverrideState.REQUESTED;
  }

  /** A changed filter shows its first page and closes the opened conflict. */
  public void changeFilter() {
    detail = null;
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  public String versionOf(Side side) {
    return side == Side.CRM ? "SuperOffice's" : "Exchange's";
  }

  public String outcome(String outcome) {
    return switch (outcome) {
      case "CRM_KEPT" -> "SuperOffice kept";
      case "EXCHANGE_KEPT" -> "Exchange kept";
      case "MERGED" -> "Merged";
      default -> outcome;
    };
  }

  /** The override's state in words; "not overridden" without one. */
  public String overrideText(ConflictRow row) {
    if (row.overrideState() == null) {
      return "Not overridden";
    }
    String side = row.overrideSide() == Side.CRM ? "SuperOffice" : "Exchange";
    return switch (row.overrideState()) {
      case REQUESTED -> "Taking " + side + ": waiting for the sync";
      case APPLIED -> "Took " + side;
      case REFUSED -> "Refused";
    };
  }

  public Shown[] getShownChoices() {
    return Shown.values();
  }

  public String shownLabel(Shown choice) {
    return switch (choice) {
      case ALL -> "All";
      case OPEN -> "Not overridden";
      case OVERRIDDEN -> "Overridden";
    };
  }

  public Side getCrm() {
    return Side.CRM;
  }

  public Side getExchange() {
    return Side.EXCHANGE;
  }

  public Long getLinkId() {
    return linkId;
  }

  public void setLinkId(Long linkId) {
    this.linkId = linkId;
  }

  public ItemKind getKind() {
    return kind;
  }

  public void setKind(ItemKind kind) {
    this.kind = kind;
  }

  public Shown getShown() {
    return shown;
  }

  public void setShown(Shown shown) {
    this.shown = shown == null ? Shown.ALL : shown;
  }

  public List<LinkChoice> getUsers() {
    return users;
  }

  public ConflictRows getRows() {
    return rows;
  }

  public ConflictDetail getDetail() {
    return detail;
  }
}
