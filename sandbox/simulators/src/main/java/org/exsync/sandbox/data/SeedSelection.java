package org.exsync.sandbox.data;

import java.util.List;

/**
 * A SuperOffice selection of persons, synced into its own Exchange contacts folder.
 *
 * @param selectionId the SuperOffice selection id
 * @param name what the admin sees
 * @param ownerAssociateId the associate who owns it
 * @param memberPersonIds the persons it holds
 */
public record SeedSelection(
    int selectionId, String name, int ownerAssociateId, List<Integer> memberPersonIds) {

  public SeedSelection {
    memberPersonIds = List.copyOf(memberPersonIds);
  }
}
