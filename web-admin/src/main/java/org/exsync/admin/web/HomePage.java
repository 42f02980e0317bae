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
import org.exsync.application.link.ProgressRow;
import org.exsync.application.link.RunFigures;
import org.exsync.application.link.RunRow;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.run.LinkRunTimes;
import org.exsync.domain.run.LinkThrottling;
import org.exsync.domain.run.RunHour;

/**
 * The dashboard: is Exsync ready, and what is wrong if it is not; the linked users by state, the
 * syncs going now with their progress, items synced and throttled runs per hour of the last day,
 * the slowest and the most throttled mailboxes, and the latest sync runs.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows of the slowest and the most throttled mailboxes. */
  static final int TOP = 5;

  @EJB private SystemStatusService statusService;
  @EJB private LinkedUsers linked;
  @EJB private RunFigures figures;

  private SystemStatus status;
  private Map<LinkState, Integer> counts = Map.of();
  private List<RunRow> runs = List.of();
  private List<ProgressRow> progress = List.of();
  private List<LinkRunTimes> slowest = List.of();
  private List<LinkThrottling> throttled = List.of();
  private String itemsChart = "";
  private String throttlingChart = "";
  private long itemsToday;
  private long throttledToday;

  public void load() {
    status = statusService.status();
    refresh();
  }

  public void refresh() {
    counts = linked.countByState();
    runs = linked.recentRuns(15);
    progress = figures.progress();
    slowest = figures.slowest(TOP);
    throttled = figures.mostThrottled(TOP);
    List<RunHour> hours = figures.lastDayByHour();
    itemsToday = hours.stream().mapToLong(RunHour::items).sum();
    throttledToday = hours.stream().mapToLong(RunHour::throttled).sum();
    itemsChart = HourChart.of(hours, "Items synced", "#2563eb", RunHour::items);
    throttlingChart = HourChart.of(hours, "Throttled runs", "#d97706", RunHour::throttled);
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

  public List<ProgressRow> getProgress() {
    return progress;
  }

  public List<LinkRunTimes> getSlowest() {
    return slowest;
  }

  public List<LinkThrottling> getThrottled() {
    return throttled;
  }

  public String getItemsChart() {
    return itemsChart;
  }

  public String getThrottlingChart() {
    return throttlingChart;
  }

  public long getItemsToday() {
    return itemsToday;
  }

  public long getThrottledToday() {
    return throttledToday;
  }
}
