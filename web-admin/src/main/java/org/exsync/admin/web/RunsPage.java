package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.application.link.LinkRow;
import org.exsync.application.link.LinkedUsers;
import org.exsync.application.link.RunFigures;
import org.exsync.application.link.RunRow;
import org.exsync.application.link.UnlinkedRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The runs of one linked user, newest first, read from the database a page at a time:
 * runs.xhtml?link=ID, opened from the dashboard and the linked users table. A user unlinked since
 * keeps the address: the page then says when and by whom, above the runs the link left.
 */
@Named
@ViewScoped
public class RunsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LinkedUsers linked;
  @EJB private RunFigures figures;

  /** The link parameter as it came in the address. */
  private String link;

  private LinkRow row;
  private UnlinkedRow unlinked;
  private String problem;
  private final LazyDataModel<RunRow> runs = new RunPages();

  public void load() {
    Optional<Long> linkId = parse(link);
    if (linkId.isEmpty()) {
      problem =
          link == null || link.isBlank()
              ? "No linked user was chosen. Open the runs from the dashboard or the linked users."
              : "\"" + link + "\" is not the number of a linked user.";
      return;
    }
    Optional<LinkRow> found = linked.find(linkId.get());
    if (found.isPresent()) {
      row = found.get();
      return;
    }
    unlinked = linked.findUnlinked(linkId.get()).orElse(null);
    if (unlinked == null) {
      problem =
          "No linked user has the number "
              + linkId.get()
              + ", and none was unlinked under it. Choose one from the linked users.";
    }
  }

  /** The id of the link whose runs are shown, linked now or unlinked since. */
  private long shownLinkId() {
    return row != null ? row.linkId() : unlinked.linkId();
  }

  private boolean showsRuns() {
    return row != null || unlinked != null;
  }

  private static Optional<Long> parse(String text) {
    if (text == null || !text.strip().matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text.strip()));
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  /** The linked user whose runs these are; null when the address named none. */
  public LinkRow getRow() {
    return row;
  }

  /** The user the link belonged to before it was unlinked; null while it is linked. */
  public UnlinkedRow getUnlinked() {
    return unlinked;
  }

  /** What is wrong with the address; null when it names a linked or an unlinked user. */
  public String getProblem() {
    return problem;
  }

  public LazyDataModel<RunRow> getRuns() {
    return runs;
  }

  /** The pages of the link's runs, each one query for the page and one for the count. */
  private final class RunPages extends LazyDataModel<RunRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return showsRuns()
          ? (int) Math.min(Integer.MAX_VALUE, figures.countRunsOf(shownLinkId()))
          : 0;
    }

    @Override
    public List<RunRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return showsRuns() ? figures.runsOf(shownLinkId(), first, pageSize) : List.of();
    }
  }
}
