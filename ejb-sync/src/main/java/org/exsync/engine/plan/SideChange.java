package org.exsync.engine.plan;

import org.exsync.engine.item.SourceItem;

/**
 * How one side of a pair changed, with the item as it is there now when it was read.
 *
 * @param kind how it changed
 * @param item the current item; null when it was not read (unchanged and unreported, or deleted)
 * @param leftScope the item still exists but is outside the window or the selection now
 */
public record SideChange(ChangeKind kind, SourceItem item, boolean leftScope) {

  public static final SideChange NONE = new SideChange(ChangeKind.UNCHANGED, null, false);

  public static SideChange added(SourceItem item) {
    return new SideChange(ChangeKind.ADDED, item, false);
  }

  public static SideChange deleted() {
    return new SideChange(ChangeKind.DELETED, null, false);
  }
}
