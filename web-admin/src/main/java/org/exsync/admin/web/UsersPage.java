package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exsync.application.invitation.InviteReport;
import org.exsync.application.link.AssociateChoice;
import org.exsync.application.link.BulkLinkReport;
import org.exsync.application.link.ExternalUser;
import org.exsync.application.link.ExternalUsers;
import org.exsync.application.link.LinkAdminService;
import org.exsync.application.link.LinkFilter;
import org.exsync.application.link.LinkRow;
import org.exsync.application.link.LinkedUsers;
import org.exsync.application.link.RunFigures;
import org.exsync.application.scheduling.LinkMove;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RankView;
import org.exsync.application.sync.RunProgress;
import org.exsync.domain.link.SyncedItems;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.Outcome;

/**
 * User Synchronization Settings: the consented users to link, the link form, and the live table of
 * linked users with their details, "sync now", re-authentication and unlinking.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExternalUsers external;
  @EJB private LinkAdminService admin;
  @EJB private LinkedUsers linked;
  @EJB private RankAdministration rankAdministration;
  @EJB private RunFigures figures;

  private LinkFilter filter = LinkFilter.ALL;
  private List<LinkRow> rows = List.of();
  private Map<Long, RunProgress> progress = Map.of();
  private List<LinkRow> selected = new ArrayList<>();
  private List<ExternalUser> externalUsers;
  private final TextSearch externalSearch = new TextSearch();
  private List<AssociateChoice> associates = List.of();
  private List<RankView> ranks = List.of();
  private List<CrmSelection> selections = List.of();
  private String selectionsProblem = "";
  private final Linking linking = new Linking();
  private final RankMoveForm mover = new RankMoveForm();
  private LinkDetail detail;

  public void load() {
    ranks = rankAdministration.list();
    if (!ranks.isEmpty() && linking.getForm().getRankId() == null) {
      linking.getForm().setRankId(rankAdministration.defaultRank().id());
    }
    Outcome<List<CrmSelection>> found = admin.selections();
    if (found.isDone()) {
      selections = found.value();
    } else {
      selectionsProblem = found.failure().orElseThrow().reason();
    }
    refresh();
  }

  /** Reads the linked users afresh; the page's poll calls it every few seconds. */
  public void refresh() {
    rows = linked.list(filter);
    progress = figures.progressByLink();
    if (detail != null) {
      linked.find(detail.getRow().linkId()).ifPresentOrElse(detail::refreshed, () -> detail = null);
    }
  }

  public void loadExternalUsers() {
    externalUsers = external.list();
    associates = external.unlinkedAssociates();
    Feedback.info(
        externalUsers.size() + " users consented.",
        externalUsers.stream().filter(ExternalUser::isExactMatch).count()
            + " of them match one associate by e-mail exactly.");
  }

  public void startLinking(ExternalUser user) {
    linking.open(user);
  }

  public void link() {
    if (!linking.isOpen()) {
      return;
    }
    if (linking.getAssociateId() == null) {
      Feedback.fieldError(
          "link-form:associate", "Choose the SuperOffice user to link this mailbox to.");
      return;
    }
    if (linking.getForm().getItemKinds().length == 0) {
      Feedback.fieldError("link-form:kinds", "Choose at least one of Diary, Task and Contact.");
      return;
    }
    try {
      LinkRow row =
          admin.link(
              linking.getAssociateId(),
              linking.getUser().mailboxId(),
              linking.getForm().toSettings());
      Feedback.info(
          row.associateName() + " is linked to " + row.mailbox() + ".",
          "The first sync starts at the next tick of rank " + row.rankName() + ".");
      linking.close();
      afterLinking();
    } catch (RuntimeException e) {
      Feedback.failure("Linking", e);
    }
  }

  public void linkExactMatches() {
    try {
      BulkLinkReport report = admin.linkExactMatches(linking.getForm().toSettings());
      Feedback.info(
          report.linked().size() + " users linked.",
          report.skipped().isEmpty()
              ? String.join("; ", report.linked())
              : String.join("; ", report.skipped()));
      afterLinking();
    } catch (RuntimeException e) {
      Feedback.failure("Linking the exact matches", e);
    }
  }

  private void afterLinking() {
    externalUsers = external.list();
    associates = external.unlinkedAssociates();
    refresh();
  }

  public void showDetail(LinkRow row) {
    detail = new LinkDetail(row);
  }

  public void closeDetail() {
    detail = null;
  }

  public void save() {
    if (detail == null) {
      Feedback.warn(
          "This user is no longer linked.", "Another admin unlinked them; nothing was saved.");
      return;
    }
    try {
      LinkRow saved =
          admin.save(detail.getRow().linkId(), detail.seen(), detail.getForm().toSettings());
      Feedback.info(
          "Saved the link of " + saved.associateName() + ".", "It applies from the next run.");
      showDetail(saved);
      refresh();
    } catch (RuntimeException e) {
      Feedback.failure("Saving", e);
    }
  }

  public void unlink() {
    if (detail == null) {
      return;
    }
    try {
      String who = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
      SyncedItems choice = detail.getUnlinkChoice();
      admin.unlink(detail.getRow().linkId(), choice, who);
      Feedback.info(
          detail.getRow().associateName() + " is unlinked.",
          choice == SyncedItems.KEEP
              ? "The synced items stay on both sides."
              : "The items Exsync put in the mailbox are removed next; the link shows as removing until then.");
      closeDetail();
      refresh();
    } catch (RuntimeException e) {
      Feedback.failure("Unlinking", e);
    }
  }

  public void syncNow(LinkRow row) {
    report(linked.syncNow(List.of(row.linkId())), 1);
  }

  public void syncSelectedNow() {
    if (selected.isEmpty()) {
      Feedback.warn("Select users first.", "Tick them in the table.");
      return;
    }
    report(linked.syncNow(ids()), selected.size());
  }

  private void report(int due, int asked) {
    Feedback.info(
        due + " of " + asked + " links will sync at the next tick.",
        due < asked
            ? "A link that runs, is paused or waits for re-authentication is left as it is."
            : "");
    refresh();
  }

  public void reauthenticate(LinkRow row) {
    sendReauthentication(List.of(row.linkId()));
  }

  public void reauthenticateSelected() {
    if (selected.isEmpty()) {
      Feedback.warn("Select users first.", "Tick them in the table.");
      return;
    }
    sendReauthentication(ids());
  }

  private void sendReauthentication(List<Long> linkIds) {
    try {
      InviteReport report = linked.reauthenticate(linkIds, "en", "", "");
      Feedback.info(
          report.invited().size() + " re-authentication mails queued.",
          String.join(
              "; ", report.skipped().stream().map(s -> s.name() + ": " + s.reason()).toList()));
    } catch (RuntimeException e) {
      Feedback.failure("Re-authentication", e);
    }
  }

  /** Moves the ticked users to the rank chosen beside the button. */
  public void moveSelected() {
    List<LinkMove> moves =
        selected.stream().map(r -> new LinkMove(r.linkId(), r.rankId())).toList();
    if (mover.move(rankAdministration, moves, ranks)) {
      selected = new ArrayList<>();
      refresh();
    }
  }

  public RankMoveForm getMover() {
    return mover;
  }

  public void changeFilter() {
    refresh();
  }

  private List<Long> ids() {
    return selected.stream().map(LinkRow::linkId).toList();
  }

  public LinkFilter getFilter() {
    return filter;
  }

  public void setFilter(LinkFilter filter) {
    this.filter = filter == null ? LinkFilter.ALL : filter;
  }

  /** How far the run of the row's link has come on this server; null when none ran lately. */
  public RunProgress progressOf(LinkRow row) {
    return progress.get(row.linkId());
  }

  public List<LinkRow> getRows() {
    return rows;
  }

  public List<LinkRow> getSelected() {
    return selected;
  }

  public void setSelected(List<LinkRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public List<ExternalUser> getExternalUsers() {
    return externalUsers;
  }

  /** The loaded users whose address or matching associate contains the search text. */
  public List<ExternalUser> getVisibleExternalUsers() {
    return externalUsers == null ? List.of() : externalSearch.filter(externalUsers);
  }

  public TextSearch getExternalSearch() {
    return externalSearch;
  }

  public List<AssociateChoice> getAssociates() {
    return associates;
  }

  public List<RankView> getRanks() {
    return ranks;
  }

  public List<CrmSelection> getSelections() {
    return selections;
  }

  public String getSelectionsProblem() {
    return selectionsProblem;
  }

  public Linking getLinking() {
    return linking;
  }

  public LinkDetail getDetail() {
    return detail;
  }
}
