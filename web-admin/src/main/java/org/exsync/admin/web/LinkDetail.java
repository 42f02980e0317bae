package org.exsync.admin.web;

import java.io.Serializable;
import org.exsync.application.link.LinkRow;
import org.exsync.application.link.LinkSettings;
import org.exsync.domain.link.SyncedItems;

/**
 * One linked user opened on the users page: the row as last read (refreshed by the page's poll),
 * the settings being edited, and the choice about the synced items should the admin unlink.
 */
public class LinkDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  private LinkRow row;
  private final LinkSettings seen;
  private final LinkForm form;
  private SyncedItems unlinkChoice = SyncedItems.KEEP;

  LinkDetail(LinkRow row) {
    this.row = row;
    this.seen = row.settings();
    this.form = LinkForm.of(seen);
  }

  /**
   * The settings as they were when the admin opened the user; a save is checked against them, not
   * against the live row, so that another admin's change in between is not overwritten.
   */
  LinkSettings seen() {
    return seen;
  }

  /** Takes the row as read now; the edits and the settings they started from stay. */
  void refreshed(LinkRow current) {
    this.row = current;
  }

  public LinkRow getRow() {
    return row;
  }

  public LinkForm getForm() {
    return form;
  }

  public SyncedItems getUnlinkChoice() {
    return unlinkChoice;
  }

  public void setUnlinkChoice(SyncedItems unlinkChoice) {
    this.unlinkChoice = unlinkChoice;
  }
}
