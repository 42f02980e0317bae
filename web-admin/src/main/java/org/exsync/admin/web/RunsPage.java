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
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The runs of one linked user, newest first, read from the database a page at a time:
 * runs.xhtml?link=ID, opened from the dashboard and the linked users table.
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
    if (found.isEmpty()) {
      problem =
          "No linked user has the number "
              + linkId.get()
              + "; the user may have been unlinked. Choose one from the linked users.";
      return;
    }
    row = found.get();
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

  /** What is wrong with the address; null when it names a linked user. */
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
      return row == null ? 0 : (int) Math.min(Integer.MAX_VALUE, figures.countRunsOf(row.linkId()));
    }

    @Override
    public List<RunRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return row == null ? List.of() : figures.runsOf(row.linkId(), first, pageSize);
    }
  }
}
