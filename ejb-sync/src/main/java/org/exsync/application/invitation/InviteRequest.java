package org.exsync.application.invitation;

import java.util.List;

/**
 * What the admin asks for when inviting: whom, in which language, signed with which name, with
 * which words of their own, and whether Exsync mails the invitation or the admin hands out the
 * code.
 *
 * @param associateIds Exsync's ids of the associates
 * @param language {@code en}, {@code nb} or {@code nl}
 * @param senderName the name the mail is signed with ("Your Name"); may be blank
 * @param messageText the admin's own paragraph; may be blank
 * @param sendMail whether to mail the invitation
 */
public record InviteRequest(
    List<Long> associateIds,
    String language,
    String senderName,
    String messageText,
    boolean sendMail) {

  public InviteRequest {
    associateIds = List.copyOf(associateIds);
  }
}
