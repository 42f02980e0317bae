package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exsync.application.scheduling.LinkMove;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RankLoad;
import org.exsync.application.scheduling.RankMember;
import org.exsync.application.scheduling.RankView;

/**
 * The Ranks page: the tiers links run in, with their interval, share of capacity, service account
 * and how busy each is, and the linked users of one rank to move to another. Every change goes
 * through the rank administration, which re-creates the rank's timer at once.
 */
@Named
@ViewScoped
public class RanksPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RankAdministration administration;

  private List<RankView> ranks = List.of();
  private Map<Long, RankLoad> loads = Map.of();
  private RankForm form;
  private RankView shown;
  private List<RankMember> members = List.of();
  private List<RankMember> selectedMembers = new ArrayList<>();
  private RankMoveForm mover = new RankMoveForm();

  public void load() {
    ranks = administration.list();
    loads =
        administration.load().stream()
            .collect(Collectors.toMap(RankLoad::rankId, Function.identity(), (a, b) -> a));
    if (shown != null) {
      long shownId = shown.id();
      shown = ranks.stream().filter(r -> r.id() == shownId).findFirst().orElse(null);
      members = shown == null ? List.of() : administration.members(shownId);
      selectedMembers = new ArrayList<>();
    }
  }

  /** Lists the rank's linked users below the ranks, to move some of them. */
  public void showMembers(RankView rank) {
    shown = rank;
    mover = new RankMoveForm();
    load();
  }

  public void hideMembers() {
    shown = null;
    members = List.of();
    selectedMembers = new ArrayList<>();
  }

  /** Moves the selected users of the shown rank to the chosen one. */
  public void moveSelected() {
    List<LinkMove> moves =
        selectedMembers.stream().map(m -> new LinkMove(m.linkId(), m.rankId())).toList();
    if (mover.move(administration, moves, ranks)) {
      load();
    }
  }

  public void startNew() {
    form = RankForm.fresh();
  }

  public void edit(RankView rank) {
    form = RankForm.of(rank);
  }

  public void cancel() {
    form = null;
  }

  public void save() {
    try {
      RankView saved =
          form.isNew()
              ? administration.create(form.toDraft())
              : administration.edit(form.getRankId(), form.toDraft());
      Feedback.info(
          "Rank " + saved.name() + " saved.",
          "Its timer now fires every " + saved.intervalSeconds() + " seconds.");
      form = null;
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Saving the rank", e);
    }
  }

  public void moveUp(RankView rank) {
    move(rank, -1);
  }

  public void moveDown(RankView rank) {
    move(rank, 1);
  }

  private void move(RankView rank, int step) {
    List<Long> order = new ArrayList<>(ranks.stream().map(RankView::id).toList());
    int at = order.indexOf(rank.id());
    int to = at + step;
    if (at < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.set(at, order.get(to));
    order.set(to, rank.id());
    try {
      administration.reorder(order);
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Reordering the ranks", e);
    }
  }

  public void makeDefault(RankView rank) {
    try {
      administration.makeDefault(rank.id());
      Feedback.info("Rank " + rank.name() + " is now the default.", "New links start in it.");
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Choosing the default rank", e);
    }
  }

  public void delete(RankView rank) {
    try {
      administration.delete(rank.id());
      Feedback.info("Rank " + rank.name() + " deleted.", "Its timer is gone too.");
      form = null;
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Deleting the rank", e);
    }
  }

  public List<RankView> getRanks() {
    return ranks;
  }

  /** How busy a rank is now, or null before the first figures. */
  public RankLoad loadOf(RankView rank) {
    return loads.get(rank.id());
  }

  public RankForm getForm() {
    return form;
  }

  public RankView getShown() {
    return shown;
  }

  public List<RankMember> getMembers() {
    return members;
  }

  public List<RankMember> getSelectedMembers() {
    return selectedMembers;
  }

  public void setSelectedMembers(List<RankMember> selected) {
    this.selectedMembers = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  /** The ranks the shown rank's users can move to. */
  public List<RankView> getMoveTargets() {
    return ranks.stream().filter(r -> shown == null || r.id() != shown.id()).toList();
  }

  public RankMoveForm getMover() {
    return mover;
  }
}
