package org.exsync.application.invitation;

import java.util.List;

/**
 * What an invitation round did, per associate: invited, or skipped with the reason in words.
 *
 * @param invited the associates invited, each with the new invitation's id
 * @param skipped the associates not invited and why
 */
public record InviteReport(List<Invited> invited, List<Skipped> skipped) {

  public InviteReport {
    invited = List.copyOf(invited);
    skipped = List.copyOf(skipped);
  }

  /** An associate who was invited. */
  public record Invited(long associateId, String name, String email, long invitationId) {}

  /** An associate who was not invited, by name, and why. */
  public record Skipped(long associateId, String name, String reason) {}
}
