package org.exsync.sandbox.superoffice.store;

import java.util.List;

/**
 * A static selection of persons.
 *
 * @param id the selection id
 * @param name what users see
 * @param ownerAssociateId the associate who owns it
 * @param memberPersonIds its members
 * @param stamp registration and change stamp
 */
public record Selection(
    int id, String name, int ownerAssociateId, List<Integer> memberPersonIds, Stamp stamp)
    implements Row {

  public Selection {
    memberPersonIds = List.copyOf(memberPersonIds);
  }
}
