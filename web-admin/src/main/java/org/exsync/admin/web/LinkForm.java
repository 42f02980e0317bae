package org.exsync.admin.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.exsync.application.link.LinkSettings;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;

/** A link's settings as the link and edit forms change them. */
public class LinkForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<ItemKind> itemKinds = new ArrayList<>(List.of(ItemKind.DIARY, ItemKind.TASK));
  private List<Integer> selections = new ArrayList<>();
  private Long rankId;
  private int pastDays = SyncLink.DEFAULT_PAST_DAYS;
  private int futureDays = SyncLink.DEFAULT_FUTURE_DAYS;
  private ConflictPolicy conflictPolicy = ConflictPolicy.LAST_MODIFIED_WINS;

  static LinkForm of(LinkSettings settings) {
    LinkForm form = new LinkForm();
    form.itemKinds = new ArrayList<>(settings.itemKinds());
    form.selections = new ArrayList<>(settings.contactSelections());
    form.rankId = settings.rankId();
    form.pastDays = settings.pastDays();
    form.futureDays = settings.futureDays();
    form.conflictPolicy = settings.conflictPolicy();
    return form;
  }

  LinkSettings toSettings() {
    return new LinkSettings(
        itemKinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(itemKinds),
        new HashSet<>(selections),
        rankId == null ? 0 : rankId,
        pastDays,
        futureDays,
        conflictPolicy);
  }

  /** An array, so that Faces converts the checked values to the enum. */
  public ItemKind[] getItemKinds() {
    return itemKinds.toArray(ItemKind[]::new);
  }

  public void setItemKinds(ItemKind[] itemKinds) {
    this.itemKinds = itemKinds == null ? new ArrayList<>() : new ArrayList<>(List.of(itemKinds));
  }

  public Integer[] getSelections() {
    return selections.toArray(Integer[]::new);
  }

  public void setSelections(Integer[] selections) {
    this.selections = selections == null ? new ArrayList<>() : new ArrayList<>(List.of(selections));
  }

  public Long getRankId() {
    return rankId;
  }

  public void setRankId(Long rankId) {
    this.rankId = rankId;
  }

  public int getPastDays() {
    return pastDays;
  }

  public void setPastDays(int pastDays) {
    this.pastDays = pastDays;
  }

  public int getFutureDays() {
    return futureDays;
  }

  public void setFutureDays(int futureDays) {
    this.futureDays = futureDays;
  }

  public ConflictPolicy getConflictPolicy() {
    return conflictPolicy;
  }

  public void setConflictPolicy(ConflictPolicy conflictPolicy) {
    this.conflictPolicy = conflictPolicy;
  }
}
