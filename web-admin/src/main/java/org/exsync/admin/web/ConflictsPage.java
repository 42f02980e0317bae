package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exsync.application.conflict.ConflictDetail;
import org.exsync.application.conflict.ConflictReview;
import org.exsync.application.conflict.ConflictRow;
import org.exsync.application.conflict.FieldRow;
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
  @Inject private AdminZone zone;

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
    return "Write "
        + versionOf(side)
        + " version of '"
        + row.title()
        + "', as it was at the conflict, to both SuperOffice and Exchange, replacing what was"
        + " kept ("
        + keptVersion(row.outcome())
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

  /**
   * What both sides hold now, in one wording for every case: "Kept on both sides: the SuperOffice
   * version", by the policy or, once an admin's override was written, by the admin.
   */
  public String outcome(ConflictRow row) {
    if (row.overrideState() == OverrideState.APPLIED) {
      return "Kept on both sides: the "
          + sideName(row.overrideSide())
          + " version, taken by "
          + (row.overriddenBy() == null ? "an admin" : row.overriddenBy());
    }
    return "Kept on both sides: " + keptVersion(row.outcome());
  }

  /** The version the policy kept, as the outcome and the confirmation name it. */
  private static String keptVersion(String outcome) {
    return switch (outcome) {
      case "CRM_KEPT" -> "the SuperOffice version";
      case "EXCHANGE_KEPT" -> "the Exchange version";
      case "MERGED" -> "both versions merged, field by field";
      default -> outcome;
    };
  }

  /** Why only one version can be taken, or empty when both can. */
  public String onlyOtherText(ConflictRow row) {
    return switch (row.outcome()) {
      case "CRM_KEPT" ->
          "Both sides hold the SuperOffice version already, so only the Exchange one can be taken.";
      case "EXCHANGE_KEPT" ->
          "Both sides hold the Exchange version already, so only the SuperOffice one can be taken.";
      default -> "";
    };
  }

  /** The override's state in words; "not overridden" without one. */
  public String overrideText(ConflictRow row) {
    if (row.overrideState() == null) {
      return "Not overridden";
    }
    String side = sideName(row.overrideSide());
    return switch (row.overrideState()) {
      case REQUESTED -> "Taking the " + side + " version: waiting for the sync";
      case APPLIED -> "Took the " + side + " version";
      case REFUSED -> "Refused: the newer change stands";
    };
  }

  private static String sideName(Side side) {
    return side == Side.CRM ? "SuperOffice" : "Exchange";
  }

  /** A field's value as the admin reads it: times in the admin's zone, names in words. */
  public String value(FieldRow field, String value) {
    return FieldValues.show(field.key(), value, zone.getZone());
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
