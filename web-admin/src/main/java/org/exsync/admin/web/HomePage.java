package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.exsync.application.SystemStatus;
import org.exsync.application.SystemStatusService;
import org.exsync.application.link.LinkedUsers;
import org.exsync.application.link.RunRow;
import org.exsync.domain.link.LinkState;

/**
 * The dashboard: is Exsync ready, and what is wrong if it is not; the linked users by state and the
 * latest sync runs.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SystemStatusService statusService;
  @EJB private LinkedUsers linked;

  private SystemStatus status;
  private Map<LinkState, Integer> counts = Map.of();
  private List<RunRow> runs = List.of();

  public void load() {
    status = statusService.status();
    refresh();
  }

  public void refresh() {
    counts = linked.countByState();
    runs = linked.recentRuns(15);
  }

  public SystemStatus getStatus() {
    return status;
  }

  public List<Map.Entry<LinkState, Integer>> getCounts() {
    return List.copyOf(counts.entrySet());
  }

  public int getLinkedTotal() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public List<RunRow> getRuns() {
    return runs;
  }
}
