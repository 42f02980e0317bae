package org.exsync.infrastructure.mail;

import java.util.List;
import java.util.Objects;

/**
 * A mail to send: recipients, subject and the same content as plain text and as HTML.
 *
 * @param to the recipients
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or null for a text-only mail
 */
public record OutgoingMail(List<String> to, String subject, String text, String html) {

  public OutgoingMail {
    to = List.copyOf(to);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("A mail needs at least one recipient");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }
}
