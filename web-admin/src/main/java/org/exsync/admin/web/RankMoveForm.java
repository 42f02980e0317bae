package org.exsync.admin.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.exsync.application.scheduling.LinkMove;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RankView;

/**
 * The "Move selected to" control the Ranks and the Users pages share: the rank the admin chose, and
 * the move of the ticked users with its toast.
 */
public class RankMoveForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long target;

  /** Moves the users to the chosen rank and says how it went; whether any moved. */
  boolean move(RankAdministration administration, List<LinkMove> moves, List<RankView> ranks) {
    if (moves.isEmpty()) {
      Feedback.warn("Select the users to move.", "Tick them in the table first.");
      return false;
    }
    Optional<RankView> to =
        ranks.stream().filter(r -> target != null && r.id() == target).findFirst();
    if (to.isEmpty()) {
      Feedback.warn("Choose the rank to move them to.", "Pick it in the list beside the button.");
      return false;
    }
    try {
      int moved = administration.moveLinks(moves, to.get().id());
      Feedback.info(
          moved + (moved == 1 ? " user" : " users") + " moved to " + to.get().name() + ".",
          "The next tick of "
              + to.get().name()
              + " runs them"
              + to.get().serviceAccount().map(account -> " through " + account).orElse("")
              + ".");
      return true;
    } catch (RuntimeException e) {
      Feedback.failure("Moving the users", e);
      return false;
    }
  }

  public Long getTarget() {
    return target;
  }

  public void setTarget(Long target) {
    this.target = target;
  }
}
