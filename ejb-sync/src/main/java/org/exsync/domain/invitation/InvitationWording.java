package org.exsync.domain.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.exsync.domain.shared.Require;

/**
 * What an invitation is for and the words of its mail: the sender's name ("Your Name") and the
 * admin's own text, either of which may be empty. Kept with the invitation, so that a retried mail
 * says what the first try said.
 */
@Embeddable
public class InvitationWording {

  static final int SENDER_NAME_LENGTH = 255;
  static final int MESSAGE_TEXT_LENGTH = 4000;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false, length = 32)
  private InvitationPurpose purpose;

  @Column(name = "sender_name", updatable = false, length = SENDER_NAME_LENGTH)
  private String senderName;

  @Column(name = "message_text", updatable = false, length = MESSAGE_TEXT_LENGTH)
  private String messageText;

  protected InvitationWording() {}

  /**
   * @param purpose invitation or re-authentication
   * @param senderName the name the mail is signed with; may be null or blank
   * @param messageText the admin's own paragraph; may be null or blank
   */
  public InvitationWording(InvitationPurpose purpose, String senderName, String messageText) {
    this.purpose = Require.present(purpose, "purpose");
    this.senderName = Require.optionalText(senderName, "senderName", SENDER_NAME_LENGTH);
    this.messageText = Require.optionalText(messageText, "messageText", MESSAGE_TEXT_LENGTH);
  }

  public InvitationPurpose getPurpose() {
    return purpose;
  }

  /** The name the mail is signed with ("Your Name"), if the admin gave one. */
  public Optional<String> getSenderName() {
    return Optional.ofNullable(senderName);
  }

  /** The admin's own words for the mail, if any. */
  public Optional<String> getMessageText() {
    return Optional.ofNullable(messageText);
  }
}
