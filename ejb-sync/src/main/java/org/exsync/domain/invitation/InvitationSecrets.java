package org.exsync.domain.invitation;

/**
 * The link token and the code of a new invitation; both are secrets and never printed.
 *
 * @param linkToken the token in the mailed link
 * @param code the short code to type
 */
public record InvitationSecrets(String linkToken, String code) {

  @Override
  public String toString() {
    return "InvitationSecrets[***]";
  }
}
