package org.exsync.application.invitation;

import java.net.URI;
import java.time.Instant;

/**
 * What an admin hands to a user who registers without the mail: the page, the code, and the
 * personal link.
 *
 * @param email the invited address, which the user types beside the code
 * @param code the code
 * @param codePage the page where code and address are typed
 * @param link the personal link, which needs no code
 * @param expiresAt when both stop working
 */
public record RegistrationCodes(
    String email, String code, URI codePage, URI link, Instant expiresAt) {

  @Override
  public String toString() {
    return "RegistrationCodes[email=" + email + ", codePage=" + codePage + ", code=***]";
  }
}
