package org.exsync.admin.web;

import java.io.Serializable;
import org.exsync.application.scheduling.RankDraft;
import org.exsync.application.scheduling.RankView;
import org.exsync.application.settings.ExchangeConnectionSettings;

/** A rank as its form edits it. */
public class RankForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long rankId;
  private String name = "";
  private int intervalSeconds = 300;
  private int capacitySharePercent = 25;
  private String serviceAccount = "";
  private String passwordAlias = ExchangeConnectionSettings.SERVICE_PASSWORD_ALIAS;

  static RankForm fresh() {
    return new RankForm();
  }

  static RankForm of(RankView rank) {
    RankForm form = new RankForm();
    form.rankId = rank.id();
    form.name = rank.name();
    form.intervalSeconds = rank.intervalSeconds();
    form.capacitySharePercent = rank.capacitySharePercent();
    form.serviceAccount = rank.serviceAccount().orElse("");
    form.passwordAlias =
        rank.passwordAlias().orElse(ExchangeConnectionSettings.SERVICE_PASSWORD_ALIAS);
    return form;
  }

  RankDraft toDraft() {
    return new RankDraft(
        name, intervalSeconds, capacitySharePercent, serviceAccount, passwordAlias);
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

  public String getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount == null ? "" : serviceAccount;
  }

  public String getPasswordAlias() {
    return passwordAlias;
  }

  public void setPasswordAlias(String passwordAlias) {
    this.passwordAlias = passwordAlias == null ? "" : passwordAlias;
  }
}
