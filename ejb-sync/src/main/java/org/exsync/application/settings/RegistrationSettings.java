package org.exsync.application.settings;

import java.net.URI;
import java.time.Duration;

/**
 * Where users register and what a consent leads to.
 *
 * @param publicUrl the registration pages' address as users reach it, ending in a slash
 * @param invitationLifetime how long an invitation stays valid
 * @param ewsUrl the EWS endpoint of the mailboxes users consent for
 */
public record RegistrationSettings(URI publicUrl, Duration invitationLifetime, URI ewsUrl) {

  /** The link a user opens: the registration page with the link token. */
  public URI linkFor(String linkToken) {
    return publicUrl.resolve("register.xhtml?t=" + linkToken);
  }

  /** The page where a user types the code. */
  public URI codePage() {
    return publicUrl.resolve("code.xhtml");
  }

  /** The redirect URI registered with Entra. */
  public URI callback() {
    return publicUrl.resolve("callback");
  }
}
