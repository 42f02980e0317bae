package org.exsync.admin.web;

import java.io.Serializable;
import org.exsync.application.rank.RankRow;

/** A rank as its form edits it; the interval in minutes and seconds is typed as seconds. */
public class RankForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long rankId;
  private String name = "";
  private int position;
  private int intervalSeconds = 300;
  private int capacitySharePercent = 25;

  static RankForm fresh(int position) {
    RankForm form = new RankForm();
    form.position = position;
    return form;
  }

  static RankForm of(RankRow row) {
    RankForm form = new RankForm();
    form.rankId = row.rankId();
    form.name = row.name();
    form.position = row.position();
    form.intervalSeconds = row.intervalSeconds();
    form.capacitySharePercent = row.capacitySharePercent();
    return form;
  }

  RankRow toRow() {
    return new RankRow(rankId, name, position, intervalSeconds, capacitySharePercent, 0);
  }

  public boolean isNew() {
    return rankId == 0;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public int getIntervalSeconds() {
    return intervalSeconds;
  }

  public void setIntervalSeconds(int intervalSeconds) {
    this.intervalSeconds = intervalSeconds;
  }

  public int getCapacitySharePercent() {
    return capacitySharePercent;
  }

  public void setCapacitySharePercent(int capacitySharePercent) {
    this.capacitySharePercent = capacitySharePercent;
  }
}
