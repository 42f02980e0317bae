package org.exsync.application.invitation;

import java.security.SecureRandom;
import java.util.Base64;
import org.exsync.domain.invitation.InvitationCredentials;
import org.exsync.domain.invitation.InvitationSecrets;

/**
 * Makes an invitation's secrets: a link token of 256 random bits and a code of ten characters from
 * the 32-letter unambiguous alphabet (50 bits). Typed codes are further protected by the lockout
 * per invitation and the limit per client address.
 */
final class InvitationCodes {

  static final int CODE_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private InvitationCodes() {}

  static InvitationSecrets next() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    String alphabet = InvitationCredentials.CODE_ALPHABET;
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return new InvitationSecrets(
        Base64.getUrlEncoder().withoutPadding().encodeToString(token), code.toString());
  }
}
