package org.exsync.admin.web;

import java.io.Serializable;
import java.util.List;
import org.exsync.application.invitation.InviteRequest;

/** The invitation's wording as the admin edits it: language, "Your Name" and own text. */
public class InviteForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String language = "en";
  private String senderName = "";
  private String messageText = "";

  InviteRequest request(List<Long> associateIds, boolean mail) {
    return new InviteRequest(associateIds, language, senderName, messageText, mail);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSenderName() {
    return senderName;
  }

  public void setSenderName(String senderName) {
    this.senderName = senderName;
  }

  public String getMessageText() {
    return messageText;
  }

  public void setMessageText(String messageText) {
    this.messageText = messageText;
  }
}
