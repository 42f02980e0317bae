package org.exsync.engine;

import java.util.Objects;

/**
 * A SuperOffice selection kept as its own contacts folder in the mailbox.
 *
 * @param selectionId the selection's id
 * @param marker the stable marker Exsync finds the folder by, whatever the user renames it to
 * @param displayName the folder's name when Exsync creates it
 */
public record SelectionFolder(int selectionId, String marker, String displayName) {

  public SelectionFolder {
    if (selectionId < 1) {
      throw new IllegalArgumentException("selectionId must be at least 1, got " + selectionId);
    }
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(displayName, "displayName");
  }
}
