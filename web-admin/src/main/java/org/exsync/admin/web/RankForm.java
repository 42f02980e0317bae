package org.exsync.admin.web;

import java.io.Serializable;
import org.exsync.application.scheduling.RankDraft;
import org.exsync.application.scheduling.RankView;

/** A rank as its form edits it. */
public class RankForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long rankId;
  private String name = "";
  private int intervalSeconds = 300;
  private int capacitySharePercent = 25;
  private Long serviceAccountGrantId;

  static RankForm fresh() {
    return new RankForm();
  }

  static RankForm of(RankView rank) {
    RankForm form = new RankForm();
    form.rankId = rank.id();
    form.name = rank.name();
    form.intervalSeconds = rank.intervalSeconds();
    form.capacitySharePercent = rank.capacitySharePercent();
    form.serviceAccountGrantId = rank.serviceAccountGrantId().orElse(null);
    return form;
  }

  RankDraft toDraft() {
    return new RankDraft(name, intervalSeconds, capacitySharePercent, serviceAccountGrantId);
  }

  public boolean isNew() {
    return rankId == 0;
  }

  public long getRankId() {
    return rankId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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
