package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exsync.application.rank.RankCatalogService;
import org.exsync.application.rank.RankRow;

/** The Ranks page: the tiers links run in, with their interval and share of capacity. */
@Named
@ViewScoped
public class RanksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RankCatalogService catalog;

  private List<RankRow> ranks = List.of();
  private RankForm form;

  public void load() {
    ranks = catalog.list();
  }

  public void startNew() {
    form = RankForm.fresh(ranks.stream().mapToInt(RankRow::position).max().orElse(-1) + 1);
  }

  public void edit(RankRow row) {
    form = RankForm.of(row);
  }

  public void cancel() {
    form = null;
  }

  public void save() {
    try {
      RankRow saved = form.isNew() ? catalog.create(form.toRow()) : catalog.update(form.toRow());
      Feedback.info(
          "Rank " + saved.name() + " saved.",
          "Its links run every " + saved.intervalSeconds() + " seconds from their next run on.");
      form = null;
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Saving the rank", e);
    }
  }

  public List<RankRow> getRanks() {
    return ranks;
  }

  public RankForm getForm() {
    return form;
  }
}
